package dev.modelregistry.core;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.ChangedPathTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.history.HistoryIndex;
import dev.modelregistry.core.store.RegistryLayout;

/**
 * Walks the registry branch newest first, following every parent, and collects the audit events
 * a {@link HistoryQuery} asks for. For a model or version it reads only commits that changed the
 * model's directory, as the {@link HistoryIndex} lists them, so commits made there by hand appear
 * as edits. Merge commits without registry trailers give no event of their own: the commits they
 * merge are in the walk, each with the {@link Approval} of the merge that brought it in. It also finds the registry's state at a
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
            if (query.model().isPresent()) {
                return collect(walk, query, modelCommits(walk, query.model().get(), start));
            }
            Approvals approvals = Approvals.along(repository.jgit(), start);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(start));
            Iterable<Approved> commits = () -> StreamSupport.stream(walk.spliterator(), false)
                    .map(commit -> new Approved(commit, approvals.of(commit))).iterator();
            return collect(walk, query, commits);
        } catch (IOException | RevWalkException e) {
            throw unreadable(e);
        }
    }

    /** A commit of the history, with the approval of the merge that brought it in. */
    private record Approved(RevCommit commit, Optional<Approval> approval) {
    }

    /** The commits that changed the model's directory, read from the derived {@link HistoryIndex}. */
    private List<Approved> modelCommits(RevWalk walk, ModelName model, ObjectId start) throws IOException {
        List<Approved> commits = new ArrayList<>();
        for (HistoryIndex.IndexedCommit indexed : index.modelHistory(start, model.value())) {
            RevCommit commit = walk.parseCommit(indexed.commit());
            Optional<Approval> approval = Optional.empty();
            if (indexed.mergedBy().isPresent()) {
                RevCommit merge = walk.parseCommit(indexed.mergedBy().get());
                approval = Optional.of(new Approval(AuditEvents.actorOf(merge), AuditEvents.timeOf(merge), merge.name()));
            }
            commits.add(new Approved(commit, approval));
        }
        return commits;
    }

    private static List<AuditEvent> collect(RevWalk walk, HistoryQuery query, Iterable<Approved> commits)
            throws IOException {
        int limit = query.limit().orElse(Integer.MAX_VALUE);
        List<AuditEvent> events = new ArrayList<>();
        for (Approved approved : commits) {
            RevCommit commit = approved.commit();
            if (!query.covers(AuditEvents.timeOf(commit))) {
                continue;
            }
            for (AuditEvent event : eventsOf(walk, commit, query)) {
                events.add(event.withApproval(approved.approval()));
                if (events.size() == limit) {
                    return events;
                }
            }
        }
        return events;
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
     * alone. (The model's commits already changed the model's directory.) The commit-graph's
     * changed-path Bloom filter, when there is one, rules most commits out without a tree diff.
     */
    private static boolean changesVersion(RevWalk walk, RevCommit commit, HistoryQuery query) throws IOException {
        if (query.version().isEmpty()) {
            return true;
        }
        String versionDir = RegistryLayout.versionDir(query.model().orElseThrow(), query.version().get());
        if (!ChangedPathTreeFilter.create(versionDir).shouldTreeWalk(commit, walk, null)) {
            return false;
        }
        try (TreeWalk diff = new TreeWalk(walk.getObjectReader())) {
            diff.setRecursive(true);
            diff.setFilter(AndTreeFilter.create(PathFilter.create(versionDir), TreeFilter.ANY_DIFF));
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
