package dev.modelregistry.core;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.store.RegistryLayout;

/**
 * Walks the registry branch newest first, following every parent, and collects the audit events
 * a {@link HistoryQuery} asks for. For a model or version it walks only commits that changed the
 * model's directory, so commits made there by hand appear as edits. Merge commits without registry
 * trailers give no event of their own: the commits they merge are in the walk, each with the
 * {@link Approval} of the merge that brought it in. It also finds the registry's state at a
 * moment, for {@link StageHistory}.
 */
final class HistoryReader {

    private final RegistryRepository repository;

    HistoryReader(RegistryRepository repository) {
        this.repository = repository;
    }

    /**
     * The events {@code query} asks for, from the branch head.
     *
     * @throws NotFoundException when the query names a model or version no commit ever touched
     */
    List<AuditEvent> history(HistoryQuery query) {
        Optional<ObjectId> head = head();
        List<AuditEvent> events = head.map(h -> read(query, h)).orElse(List.of());
        if (events.isEmpty() && query.model().isPresent()
                && head.map(h -> read(query.scopeOnly().withLimit(1), h)).orElse(List.of()).isEmpty()) {
            throw neverTouched(query);
        }
        return events;
    }

    /** The branch head, empty for a registry with no commit yet. */
    private Optional<ObjectId> head() {
        return repository.read(snapshot -> snapshot.commit().map(RevCommit::toObjectId));
    }

    /**
     * The registry's state at {@code at}: the newest commit on the branch's first-parent chain made
     * at or before then; empty when the branch had no commit yet.
     */
    Optional<ObjectId> stateAt(Instant at) {
        Optional<ObjectId> head = head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            RevCommit commit = walk.parseCommit(head.get());
            while (AuditEvents.timeOf(commit).isAfter(at)) {
                if (commit.getParentCount() == 0) {
                    return Optional.empty();
                }
                commit = walk.parseCommit(commit.getParent(0));
            }
            return Optional.of(commit.toObjectId());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The events {@code query} asks for, in the history of {@code start}, newest first, with their approvals. */
    List<AuditEvent> read(HistoryQuery query, ObjectId start) {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            Approvals approvals = Approvals.along(repository.jgit(), start);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            query.model().ifPresent(model -> walk.setTreeFilter(changes(RegistryLayout.modelDir(model))));
            walk.markStart(walk.parseCommit(start));
            int limit = query.limit().orElse(Integer.MAX_VALUE);
            List<AuditEvent> events = new ArrayList<>();
            for (RevCommit commit : walk) {
                if (!query.covers(AuditEvents.timeOf(commit))) {
                    continue;
                }
                for (AuditEvent event : eventsOf(walk, commit, query)) {
                    events.add(event.withApproval(approvals.of(commit)));
                    if (events.size() == limit) {
                        return events;
                    }
                }
            }
            return events;
        } catch (IOException | RevWalkException e) {
            throw unreadable(e);
        }
    }

    private static List<AuditEvent> eventsOf(RevWalk walk, RevCommit commit, HistoryQuery query) throws IOException {
        List<AuditEvent> recorded = AuditEvents.fromCommit(commit);
        if (!recorded.isEmpty()) {
            return recorded.stream().filter(query::includes).toList();
        }
        if (commit.getParentCount() > 1 || !changesVersion(walk, commit, query)) {
            return List.of();
        }
        return List.of(AuditEvents.edit(commit, query.model(), query.version()));
    }

    /**
     * False when the query is about one version and the commit left that version's directory
     * alone. (The walk itself already keeps to commits that changed the model's directory.)
     */
    private static boolean changesVersion(RevWalk walk, RevCommit commit, HistoryQuery query) throws IOException {
        if (query.version().isEmpty()) {
            return true;
        }
        try (TreeWalk diff = new TreeWalk(walk.getObjectReader())) {
            diff.setRecursive(true);
            diff.setFilter(changes(RegistryLayout.versionDir(query.model().orElseThrow(), query.version().get())));
            if (commit.getParentCount() == 0) {
                diff.addTree(new EmptyTreeIterator());
            } else {
                RevCommit parent = commit.getParent(0);
                walk.parseHeaders(parent);
                diff.addTree(parent.getTree());
            }
            diff.addTree(commit.getTree());
            return diff.next();
        }
    }

    private static TreeFilter changes(String path) {
        return AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF);
    }

    private RegistryInternalException unreadable(Exception e) {
        return new RegistryInternalException("Cannot read the history of " + repository.refName() + ": "
                + e.getMessage(), e);
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
