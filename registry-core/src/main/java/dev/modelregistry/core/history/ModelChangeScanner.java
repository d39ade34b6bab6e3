package dev.modelregistry.core.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
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

    private ModelChangeScanner(ObjectReader reader, ModelChangeTable table) {
        this.reader = reader;
        this.table = table;
    }

    /**
     * {@code table} with every commit reachable from {@code head} added, read from
     * {@code repository}: the same table grown, or, when its newest commit is gone or it cannot be
     * grown, a table built again from nothing.
     */
    static ModelChangeTable bringUpTo(Repository repository, ModelChangeTable table, String head) throws IOException {
        ObjectId start = ObjectId.fromString(head);
        try (ObjectReader reader = repository.newObjectReader()) {
            Optional<ObjectId> tip = table.size() == 0 ? Optional.empty()
                    : Optional.of(ObjectId.fromRaw(tipOf(table))).filter(known -> has(reader, known));
            try {
                new ModelChangeScanner(reader, table).addFrom(start, tip);
                return table;
            } catch (IOException | RuntimeException e) {
                ModelChangeTable rebuilt = new ModelChangeTable();
                new ModelChangeScanner(reader, rebuilt).addFrom(start, Optional.empty());
                return rebuilt;
            }
        }
    }

    /**
     * The commit added last: the head the table was last brought up to, since a head comes after
     * all of its ancestors.
     */
    private static byte[] tipOf(ModelChangeTable table) {
        byte[] tip = new byte[CommitIds.LENGTH];
        table.copyId(table.size() - 1, tip);
        return tip;
    }

    private static boolean has(ObjectReader reader, ObjectId commit) {
        try {
            return reader.has(commit);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Adds the commits reachable from {@code head} and not from {@code known} (a commit the table
     * already holds with all its ancestors), or all of them.
     */
    private void addFrom(ObjectId head, Optional<ObjectId> known) throws IOException {
        try (RevWalk walk = new RevWalk(reader); RevWalk texts = new RevWalk(reader)) {
            walk.setRetainBody(false);
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            if (known.isPresent()) {
                walk.markUninteresting(walk.parseCommit(known.get()));
            }
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                if (table.positionOf(raw(commit)) < 0) {
                    add(walk, commit, textOf(texts, commit));
                }
            }
        }
    }

    /**
     * The text of {@code commit}, parsed from its object again: the sorting walk keeps no bodies,
     * as it holds every commit it sorts, and {@code texts} drops each body once read.
     */
    private CommitText textOf(RevWalk texts, RevCommit commit) throws IOException {
        RevCommit parsed = RevCommit.parse(texts, reader.open(commit, Constants.OBJ_COMMIT).getCachedBytes());
        CommitText text = RevCommitFacts.textOf(parsed);
        parsed.disposeBody();
        return text;
    }

    private void add(RevWalk walk, RevCommit commit, CommitText text) throws IOException {
        ObjectId models = modelsTree(commit);
        int count = commit.getParentCount();
        int[] parents = new int[count];
        int[][] changes = new int[Math.max(count, 1)][];
        if (count == 0) {
            changes[0] = diff(null, models);
        }
        for (int i = 0; i < count; i++) {
            RevCommit parent = commit.getParent(i);
            int position = table.positionOf(raw(parent));
            if (position < 0) {
                throw new IOException("The parent " + parent.name() + " of " + commit.name()
                        + " was not indexed before it");
            }
            parents[i] = position;
            walk.parseHeaders(parent);
            changes[i] = diff(modelsTree(parent), models);
        }
        table.add(raw(commit), commit.getCommitTime(), parents, changes, text);
    }

    private static byte[] raw(ObjectId id) {
        byte[] raw = new byte[CommitIds.LENGTH];
        id.copyRawTo(raw, 0);
        return raw;
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
