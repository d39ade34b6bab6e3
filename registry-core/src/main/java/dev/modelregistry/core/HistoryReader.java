package dev.modelregistry.core;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.history.CommitFacts;
import dev.modelregistry.core.history.HistoryIndex;

/**
 * Collects the audit events a {@link HistoryQuery} asks for, newest first. For a model or version
 * it takes the commits that changed the model's directory, with what it reads of them, from the
 * {@link HistoryIndex}, so commits made there by hand appear as edits; the history of a model
 * at the head the index has loads no JGit class. The whole registry's history, and whether an
 * edit touched a version's directory, come from a {@link BranchWalk}. Merge commits without
 * registry trailers give no event of their own: the commits they merge are in the walk, each with
 * the {@link Approval} of the merge that brought it in. It also finds the registry's state at a
 * moment, for {@link StageHistory}.
 */
final class HistoryReader {

    private final RegistryRepository repository;
    private final HistoryIndex index;

    HistoryReader(RegistryRepository repository, HistoryIndex index) {
        this.repository = repository;
        this.index = index;
    }

    /**
     * The events {@code query} asks for, from the branch head.
     *
     * @throws NotFoundException when the query names a model or version no commit ever touched
     */
    List<AuditEvent> history(HistoryQuery query) {
        Optional<String> head = repository.headName();
        List<AuditEvent> events = head.map(h -> read(query, h)).orElse(List.of());
        if (events.isEmpty() && query.model().isPresent()
                && head.map(h -> read(query.scopeOnly().withLimit(1), h)).orElse(List.of()).isEmpty()) {
            throw neverTouched(query);
        }
        return events;
    }

    /**
     * The registry's state at {@code at}: the newest commit on the branch's first-parent chain made
     * at or before then; empty when the branch had no commit yet.
     */
    Optional<String> stateAt(Instant at) {
        Optional<String> head = repository.headName();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        try (BranchWalk walk = new BranchWalk(repository)) {
            return walk.stateAt(head.get(), at);
        }
    }

    /** The events {@code query} asks for, in the history of the commit {@code start}, newest first, with their approvals. */
    List<AuditEvent> read(HistoryQuery query, String start) {
        if (query.model().isEmpty()) {
            try (BranchWalk walk = new BranchWalk(repository)) {
                return collect(query, walk.all(start), commit -> true);
            }
        }
        List<Approved> commits = modelCommits(query.model().get(), start);
        if (query.version().isEmpty()) {
            return collect(query, commits, commit -> true);
        }
        try (BranchWalk walk = new BranchWalk(repository)) {
            return collect(query, commits, walk.changesTo(query.model().get(), query.version().get()));
        }
    }

    /** The commits that changed the model's directory, read from the derived {@link HistoryIndex}. */
    private List<Approved> modelCommits(ModelName model, String start) {
        try {
            return index.modelHistory(start, model.value()).stream()
                    .map(indexed -> new Approved(indexed.commit(), indexed.mergedBy().map(HistoryReader::approvalOf)))
                    .toList();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read the history of " + repository.refName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The approval a merge commit gives to the commits it brought in. */
    static Approval approvalOf(CommitFacts merge) {
        return new Approval(merge.actor(), merge.time(), merge.id());
    }

    /**
     * Collects the events of {@code commits} that {@code query} asks for; {@code changesScope} tells
     * whether a commit without registry trailers changed the queried version's directory.
     */
    private static List<AuditEvent> collect(HistoryQuery query, Iterable<Approved> commits,
            Predicate<CommitFacts> changesScope) {
        int limit = query.limit().orElse(Integer.MAX_VALUE);
        List<AuditEvent> events = new ArrayList<>();
        for (Approved approved : commits) {
            CommitFacts commit = approved.commit();
            if (!query.covers(commit.time())) {
                continue;
            }
            for (AuditEvent event : eventsOf(commit, query, changesScope)) {
                events.add(event.withApproval(approved.approval()));
                if (events.size() == limit) {
                    return events;
                }
            }
        }
        return events;
    }

    private static List<AuditEvent> eventsOf(CommitFacts commit, HistoryQuery query,
            Predicate<CommitFacts> changesScope) {
        List<AuditEvent> recorded = AuditEvents.fromCommit(commit);
        if (!recorded.isEmpty()) {
            return recorded.stream().filter(query::includes).toList();
        }
        if (commit.parentCount() > 1 || !changesScope.test(commit)) {
            return List.of();
        }
        return List.of(AuditEvents.edit(commit, query.model(), query.version()));
    }

    private static NotFoundException neverTouched(HistoryQuery query) {
        String model = query.model().orElseThrow().value();
        if (query.version().isPresent()) {
            return new NotFoundException(Input.VERSION, "No history for " + model + "@" + query.version().get()
                    + ": no commit on the registry branch touches it. Check the version; list the versions of "
                    + model + " to see them.");
        }
        return new NotFoundException(Input.NAME, "No history for \"" + model + "\": no commit on the registry"
                + " branch touches it. Check the name; list the models to see their names.");
    }
}
