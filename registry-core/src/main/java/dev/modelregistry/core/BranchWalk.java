package dev.modelregistry.core;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

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
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.history.CommitFacts;
import dev.modelregistry.core.history.RevCommitFacts;
import dev.modelregistry.core.store.RegistryLayout;

/**
 * The parts of a history that read commits and trees from Git with JGit, for what the history
 * index does not answer: the whole registry's history, whether a commit changed a version's
 * directory, and the registry's state at a moment. Failures to read are
 * {@link RegistryInternalException}s.
 */
final class BranchWalk implements AutoCloseable {

    private final RegistryRepository repository;
    private final RevWalk walk;

    BranchWalk(RegistryRepository repository) {
        this.repository = repository;
        this.walk = new RevWalk(repository.jgit());
    }

    /** Every commit in the history of {@code start}, newest commit time first, with its approval. */
    Iterable<Approved> all(String start) {
        try {
            ObjectId head = ObjectId.fromString(start);
            Approvals approvals = Approvals.along(repository.jgit(), head);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            return () -> new Iterator<>() {
                private RevCommit next = advance();

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Approved next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    RevCommit commit = next;
                    next = advance();
                    return new Approved(RevCommitFacts.of(commit), approvals.of(commit));
                }
            };
        } catch (IOException | RevWalkException e) {
            throw unreadable(e);
        }
    }

    /** The walk's next commit, or null at its end. */
    private RevCommit advance() {
        try {
            return walk.next();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Whether a commit changed the directory of {@code model}'s {@code version}. The commit-graph's
     * changed-path Bloom filter, when there is one, rules most commits out without a tree diff.
     */
    Predicate<CommitFacts> changesTo(ModelName model, Version version) {
        String versionDir = RegistryLayout.versionDir(model, version);
        return facts -> {
            try {
                return changes(walk.parseCommit(ObjectId.fromString(facts.id())), versionDir);
            } catch (IOException e) {
                throw unreadable(e);
            }
        };
    }

    private boolean changes(RevCommit commit, String versionDir) throws IOException {
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

    /**
     * The newest commit on the first-parent chain of {@code head} made at or before {@code at};
     * empty when there is none.
     */
    Optional<String> stateAt(String head, Instant at) {
        try {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(head));
            while (Instant.ofEpochSecond(commit.getCommitTime()).isAfter(at)) {
                if (commit.getParentCount() == 0) {
                    return Optional.empty();
                }
                commit = walk.parseCommit(commit.getParent(0));
            }
            return Optional.of(commit.name());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private RegistryInternalException unreadable(Exception e) {
        return new RegistryInternalException("Cannot read the history of " + repository.refName() + ": "
                + e.getMessage(), e);
    }

    @Override
    public void close() {
        walk.close();
    }
}
