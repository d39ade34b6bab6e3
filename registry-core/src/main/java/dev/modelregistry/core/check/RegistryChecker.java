package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.revwalk.RevCommit;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.store.RegisteredArtifacts;

/**
 * Checks a whole registry tree at one commit against {@code docs/registry-format.md}, collecting
 * every problem instead of stopping at the first: the core of a CI gate on pull requests to the
 * registry repository. Files are read with the same strict readers the registry uses.
 */
public final class RegistryChecker {

    private RegistryChecker() {
    }

    /** Every problem of the files in {@code snapshot}, ordered by path and line. */
    public static CheckReport check(GitSnapshot snapshot) {
        List<Problem> problems = new ArrayList<>();
        List<ModelDir> dirs = new LayoutScan(snapshot, problems).models();
        FileChecks files = new FileChecks(snapshot, problems);
        Optional<RegistryPolicy> policy = files.policy();
        List<CheckedModel> models = dirs.stream().map(files::model).toList();
        new ConsistencyChecks(policy, models, problems).run();
        policy.ifPresent(rules -> CodeOwnersCheck.run(snapshot, rules.owners(), problems));
        registeredArtifacts(RegisteredArtifacts.of(snapshot), models, problems);
        problems.sort(Problem.BY_PLACE);
        int versions = dirs.stream().mapToInt(dir -> dir.versions().size()).sum();
        return new CheckReport(snapshot.commit().map(RevCommit::name), dirs.size(), versions, problems);
    }

    /** Each card's artifact digest is the one its register commit recorded, whatever commits came after. */
    private static void registeredArtifacts(RegisteredArtifacts registered, List<CheckedModel> models,
            List<Problem> problems) {
        for (CheckedModel model : models) {
            for (ParsedFile<ModelCard> card : model.cards()) {
                String sha256 = card.value().artifact().sha256();
                registered.digest(card.value().id()).filter(digest -> !digest.equals(sha256)).ifPresent(digest ->
                        problems.add(CheckRule.REGISTERED_ARTIFACT.at(card.path(), card.line("artifact", "sha256"),
                                "the artifact of " + card.value().id() + " has sha256 " + sha256 + ", but it was"
                                        + " registered with " + digest + "; a registered artifact never changes",
                                "restore artifact as it was registered (git log --grep='^Artifact-Sha256: " + digest
                                        + "$'), and register the new model file as a new version")));
            }
        }
    }
}
