package dev.modelregistry.core.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.revwalk.RevCommit;

import dev.modelregistry.core.RegistryAction;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.Trailer;

/**
 * The artifact digest each version was registered with, read from the history: the
 * {@code Artifact-Sha256} trailer of the newest {@code register} commit that names the version,
 * unless a later commit removed the version (a {@code Removed} trailer; the directory there now was
 * added since, by hand). A card whose digest differs was edited after registration, or had its
 * artifact swapped with another version's: {@code check} and {@code fetch} refuse it. Versions
 * added by hand have no record here; the pull-request check guards their digests.
 */
public final class RegisteredArtifacts {

    private final Map<VersionId, Optional<String>> digests = new HashMap<>();

    private RegisteredArtifacts() {
    }

    /** The registered digests of every version in the history of {@code snapshot}. */
    public static RegisteredArtifacts of(GitSnapshot snapshot) {
        RegisteredArtifacts records = new RegisteredArtifacts();
        snapshot.history(commit -> {
            records.add(commit);
            return true;
        });
        return records;
    }

    /** The digest {@code id} was registered with in the history of {@code snapshot}, reading only as far back as needed. */
    public static Optional<String> of(GitSnapshot snapshot, VersionId id) {
        RegisteredArtifacts records = new RegisteredArtifacts();
        snapshot.history(commit -> {
            records.add(commit);
            return !records.digests.containsKey(id);
        });
        return records.digest(id);
    }

    /** The digest {@code id} was registered with; empty when it was added by hand or never registered. */
    public Optional<String> digest(VersionId id) {
        return digests.getOrDefault(id, Optional.empty());
    }

    /** Records what {@code commit} says, unless a newer commit already said something about the same version. */
    private void add(RevCommit commit) {
        List<Trailer> trailers = CommitMessage.trailersOf(commit);
        for (Trailer trailer : trailers) {
            if (trailer.key().equals(RegistryTrailers.REMOVED)) {
                versionId(trailer.value()).ifPresent(removed -> digests.putIfAbsent(removed, Optional.empty()));
            }
        }
        boolean register = CommitMessage.first(trailers, RegistryTrailers.REGISTRY_ACTION)
                .flatMap(RegistryAction::fromTrailer).filter(RegistryAction.REGISTER::equals).isPresent();
        Optional<String> model = CommitMessage.first(trailers, RegistryTrailers.MODEL);
        Optional<String> version = CommitMessage.first(trailers, RegistryTrailers.MODEL_VERSION);
        Optional<String> sha = CommitMessage.first(trailers, RegistryTrailers.ARTIFACT_SHA256);
        if (register && model.isPresent() && version.isPresent() && sha.isPresent()) {
            versionId(model.get() + "@" + version.get()).ifPresent(id -> digests.putIfAbsent(id, sha));
        }
    }

    private static Optional<VersionId> versionId(String text) {
        try {
            return Optional.of(VersionId.parse(text));
        } catch (RegistryUsageException malformed) {
            return Optional.empty(); // a hand-made trailer this version cannot read records nothing
        }
    }
}
