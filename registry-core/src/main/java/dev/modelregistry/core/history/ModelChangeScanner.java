package dev.modelregistry.core.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import dev.modelregistry.core.store.RegistryLayout;

/**
 * Adds to a {@link ModelChangeTable} every commit reachable from a head that it lacks, parents
 * first, reading each new commit's {@code models} tree once and comparing it with its parents'.
 */
final class ModelChangeScanner {

    private final ObjectReader reader;
    private final ModelChangeTable table;

    ModelChangeScanner(ObjectReader reader, ModelChangeTable table) {
        this.reader = reader;
        this.table = table;
    }

    /**
     * Adds the commits reachable from {@code head} and not from {@code known} (a commit the table
     * already holds with all its ancestors), or all of them.
     *
     * @return the number of commits added
     */
    int addFrom(ObjectId head, Optional<ObjectId> known) throws IOException {
        int added = 0;
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(false);
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            if (known.isPresent()) {
                walk.markUninteresting(walk.parseCommit(known.get()));
            }
            for (RevCommit commit : walk) {
                if (table.positionOf(commit) >= 0) {
                    continue;
                }
                add(walk, commit);
                added++;
            }
        }
        return added;
    }

    private void add(RevWalk walk, RevCommit commit) throws IOException {
        ObjectId models = modelsTree(commit);
        int count = commit.getParentCount();
        int[] parents = new int[count];
        int[][] changes = new int[Math.max(count, 1)][];
        if (count == 0) {
            changes[0] = diff(null, models);
        }
        for (int i = 0; i < count; i++) {
            RevCommit parent = commit.getParent(i);
            int position = table.positionOf(parent);
            if (position < 0) {
                throw new IOException("The parent " + parent.name() + " of " + commit.name()
                        + " was not indexed before it");
            }
            parents[i] = position;
            walk.parseHeaders(parent);
            changes[i] = diff(modelsTree(parent), models);
        }
        table.add(commit.copy(), commit.getCommitTime(), parents, changes);
    }

    /** The id of the commit's {@code models} directory, or null when it has none. */
    private ObjectId modelsTree(RevCommit commit) throws IOException {
        CanonicalTreeParser root = new CanonicalTreeParser(null, reader, commit.getTree());
        for (; !root.eof(); root.next()) {
            if (root.getEntryPathString().equals(RegistryLayout.MODELS_DIR)) {
                return FileMode.TREE.equals(root.getEntryRawMode()) ? root.getEntryObjectId() : null;
            }
        }
        return null;
    }

    /** The entries of {@code models} that differ between the two trees, as {@code model << 1 | absentBefore}. */
    private int[] diff(ObjectId before, ObjectId after) throws IOException {
        if (before == null ? after == null : before.equals(after)) {
            return new int[0];
        }
        List<Integer> changed = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(false);
            walk.setFilter(TreeFilter.ANY_DIFF);
            addTree(walk, before);
            addTree(walk, after);
            while (walk.next()) {
                int model = table.internModel(walk.getPathString());
                changed.add(model << 1 | (walk.getRawMode(0) == 0 ? 1 : 0));
            }
        }
        return changed.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addTree(TreeWalk walk, ObjectId tree) throws IOException {
        if (tree == null) {
            walk.addTree(new EmptyTreeIterator());
        } else {
            walk.addTree(tree);
        }
    }
}
