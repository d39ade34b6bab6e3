package dev.modelregistry.core.signing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.modelregistry.core.RegistryInternalException;

/**
 * The signatures of a registry's history: of every commit in a range, and of every commit that
 * changed given files. A commit changed a file when the file's content in it differs from its
 * content in every parent (so a merge that took one side's version did not change it, and the
 * commit on that side did); a root commit changed the files it has. Every parent is followed.
 */
public final class SignedHistory {

    /** A commit that changed {@code path} without a trusted signature. */
    public record UntrustedChange(CommitVerdict verdict, String path) {
    }

    private final Repository repository;
    private final CommitSignatures signatures;
    private final SignatureRequirement requirement;

    /** The history of {@code repository}, judged by {@code requirement}. */
    public SignedHistory(Repository repository, SignatureRequirement requirement) {
        this.repository = repository;
        this.requirement = requirement;
        this.signatures = new CommitSignatures(repository, requirement);
    }

    /** The requirement commits are judged by. */
    public SignatureRequirement requirement() {
        return requirement;
    }

    /**
     * The verdicts on the commits reachable from {@code head} and not from {@code base} (the
     * whole history when it is empty), each with the first file it changed ({@code .} when none),
     * newest first; trusted commits are left out.
     */
    public List<UntrustedChange> untrustedCommits(ObjectId head, Optional<ObjectId> base) {
        List<UntrustedChange> result = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            walk.markStart(walk.parseCommit(head));
            if (base.isPresent()) {
                walk.markUninteresting(walk.parseCommit(base.get()));
            }
            for (RevCommit commit : walk) {
                CommitVerdict verdict = signatures.verify(commit);
                if (!verdict.trusted()) {
                    result.add(new UntrustedChange(verdict, firstChange(walk, commit, TreeFilter.ANY_DIFF)
                            .orElse(".")));
                }
            }
        } catch (IOException e) {
            throw failure(head, e);
        }
        return result;
    }

    /**
     * The commits reachable from {@code head} that changed any of {@code paths} without a trusted
     * signature, newest first, each with the first of the paths it changed.
     */
    public List<UntrustedChange> untrustedChanges(ObjectId head, Collection<String> paths) {
        List<UntrustedChange> result = new ArrayList<>();
        if (paths.isEmpty()) {
            return result;
        }
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            walk.markStart(walk.parseCommit(head));
            TreeFilter filter = PathFilterGroup.createFromStrings(paths);
            for (RevCommit commit : walk) {
                for (String path : changedPaths(walk, commit, filter)) {
                    CommitVerdict verdict = signatures.verify(commit);
                    if (!verdict.trusted()) {
                        result.add(new UntrustedChange(verdict, path));
                    }
                }
            }
        } catch (IOException e) {
            throw failure(head, e);
        }
        return result;
    }

    private static Optional<String> firstChange(RevWalk walk, RevCommit commit, TreeFilter filter)
            throws IOException {
        List<String> changed = changedPaths(walk, commit, filter);
        return changed.isEmpty() ? Optional.empty() : Optional.of(changed.get(0));
    }

    /** The files under {@code filter} whose content in {@code commit} differs from that in every parent. */
    private static List<String> changedPaths(RevWalk walk, RevCommit commit, TreeFilter filter)
            throws IOException {
        List<String> changed = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
            tree.setRecursive(true);
            tree.setFilter(filter);
            tree.addTree(commit.getTree());
            for (RevCommit parent : commit.getParents()) {
                walk.parseHeaders(parent);
                tree.addTree(parent.getTree());
            }
            while (tree.next()) {
                if (differsFromEveryParent(tree)) {
                    changed.add(tree.getPathString());
                }
            }
        }
        return changed;
    }

    private static boolean differsFromEveryParent(TreeWalk tree) {
        for (int parent = 1; parent < tree.getTreeCount(); parent++) {
            if (tree.idEqual(0, parent) && tree.getRawMode(0) == tree.getRawMode(parent)) {
                return false;
            }
        }
        return true;
    }

    private static RegistryInternalException failure(ObjectId head, IOException e) {
        return new RegistryInternalException("Cannot read the history of " + head.name() + ": " + e.getMessage(), e);
    }
}
