package dev.modelregistry.core;

import static dev.modelregistry.core.git.CommitMessage.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.Trailer;
import dev.modelregistry.core.history.CommitFacts;

/** Reads audit events out of one commit: its registry trailers, or an edit when it has none. */
final class AuditEvents {

    private AuditEvents() {
    }

    /**
     * The events a registry commit records: its action first, then one per {@code Demoted} version
     * (from the stage the action entered to its {@code Demoted-To}), then one per {@code Removed}
     * version. Empty when the commit has no {@code Registry-Action} trailer, or trailers this
     * version cannot read (an unknown action, a malformed name); such a commit is read as an edit.
     */
    static List<AuditEvent> fromCommit(CommitFacts commit) {
        List<Trailer> trailers = commit.trailers();
        Optional<RegistryAction> action = first(trailers, RegistryTrailers.REGISTRY_ACTION)
                .flatMap(RegistryAction::fromTrailer);
        if (action.isEmpty()) {
            return List.of();
        }
        try {
            return recorded(commit, action.get(), trailers);
        } catch (RegistryUsageException e) {
            return List.of();
        }
    }

    /** An edit: a commit without registry trailers, attributed to the scope it was found in. */
    static AuditEvent edit(CommitFacts commit, Optional<ModelName> model, Optional<Version> version) {
        return new AuditEvent(commit.id(), commit.time(), commit.actor(), Optional.empty(), model, version,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), commit.subject());
    }

    private static List<AuditEvent> recorded(CommitFacts commit, RegistryAction action, List<Trailer> trailers) {
        Optional<ModelName> model = first(trailers, RegistryTrailers.MODEL).map(ModelName::of);
        Optional<Version> version = first(trailers, RegistryTrailers.MODEL_VERSION).map(Version::parse);
        Optional<StageName> entered = first(trailers, RegistryTrailers.STAGE).map(StageName::of);
        AuditEvent main = new AuditEvent(commit.id(), commit.time(), commit.actor(), Optional.of(action), model,
                version, first(trailers, RegistryTrailers.FROM_STAGE).map(StageName::of), entered,
                first(trailers, RegistryTrailers.REASON), first(trailers, RegistryTrailers.ALIAS).map(AliasName::of),
                commit.subject());
        Optional<VersionId> mainId = model.flatMap(m -> version.map(v -> new VersionId(m, v)));
        List<AuditEvent> events = new ArrayList<>(List.of(main));
        List<String> demoted = all(trailers, RegistryTrailers.DEMOTED);
        List<String> demotedTo = all(trailers, RegistryTrailers.DEMOTED_TO);
        for (int i = 0; i < demoted.size(); i++) {
            Optional<StageName> target = i < demotedTo.size() ? Optional.of(StageName.of(demotedTo.get(i)))
                    : Optional.empty();
            addAbout(events, mainId, main, VersionId.parse(demoted.get(i)), entered, target);
        }
        for (String removed : all(trailers, RegistryTrailers.REMOVED)) {
            addAbout(events, mainId, main, VersionId.parse(removed), Optional.empty(), Optional.empty());
        }
        return events;
    }

    /** Adds an event of {@code main}'s commit about another version; the main version is not repeated. */
    private static void addAbout(List<AuditEvent> events, Optional<VersionId> mainId, AuditEvent main, VersionId id,
            Optional<StageName> from, Optional<StageName> to) {
        if (mainId.equals(Optional.of(id))) {
            return;
        }
        events.add(new AuditEvent(main.commitId(), main.time(), main.actor(), main.action(), Optional.of(id.name()),
                Optional.of(id.version()), from, to, main.reason(), Optional.empty(), main.subject()));
    }

    private static List<String> all(List<Trailer> trailers, String key) {
        return trailers.stream().filter(t -> t.key().equalsIgnoreCase(key)).map(Trailer::value).toList();
    }
}
