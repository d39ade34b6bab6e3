package dev.modelregistry.core.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The commits that JGit's {@code RevWalk} gives for a path filter on {@code models/<name>} with
 * {@code RevSort.COMMIT_TIME_DESC}, computed from a {@link ModelChangeTable} without reading a
 * single object. It follows the same steps: commits leave a queue newest first (ties in the order
 * they were queued); a commit with one parent (or none) is produced when it changed the model; a
 * merge that left the model as one of its parents had it follows only that parent and is not
 * produced; a merge that differs from all its parents is produced, and a parent that had no
 * directory for the model at all is cut off from its own parents.
 */
final class SimplifiedWalk {

    private static final int[] NONE = {};

    private final ModelChangeTable table;

    SimplifiedWalk(ModelChangeTable table) {
        this.table = table;
    }

    /** The positions of the commits that changed model number {@code model}, from {@code start}, in walk order. */
    List<Integer> commits(int start, int model) {
        List<Integer> produced = new ArrayList<>();
        boolean[] seen = new boolean[table.size()];
        boolean[] cut = new boolean[table.size()];
        PriorityQueue<Long> queue = new PriorityQueue<>();
        int[] queued = new int[table.size()];
        int sequence = 0;
        seen[start] = true;
        queued[sequence] = start;
        queue.add(key(start, sequence++));
        while (!queue.isEmpty()) {
            int commit = queued[(int) (queue.poll() & Integer.MAX_VALUE)];
            int[] parents = cut[commit] ? NONE : table.parents(commit);
            int[] follow = parents;
            boolean produce;
            if (cut[commit]) {
                produce = false;
            } else if (parents.length <= 1) {
                produce = ModelChangeTable.find(table.changes(commit, 0), model) >= 0;
            } else {
                produce = true;
                for (int i = 0; i < parents.length; i++) {
                    int change = ModelChangeTable.find(table.changes(commit, i), model);
                    if (change < 0) {
                        follow = new int[] {parents[i]};
                        produce = false;
                        break;
                    }
                    if ((change & 1) == 1) {
                        cut[parents[i]] = true;
                    }
                }
            }
            for (int parent : follow) {
                if (!seen[parent]) {
                    seen[parent] = true;
                    queued[sequence] = parent;
                    queue.add(key(parent, sequence++));
                }
            }
            if (produce) {
                produced.add(commit);
            }
        }
        return produced;
    }

    /** Orders newest first, then first queued first; the low half of the key is the queue order. */
    private long key(int position, int sequence) {
        return (((long) Integer.MAX_VALUE - table.time(position)) << 31) | sequence;
    }

    /**
     * For each commit reachable from {@code start}, the merge on {@code start}'s first-parent chain
     * that brought it in (the commit is reachable from the merge's other parents, not from its
     * first), or -1 when it arrived on the chain itself.
     */
    int[] arrivals(int start) {
        List<Integer> chain = new ArrayList<>();
        for (int commit = start; commit >= 0; ) {
            chain.add(commit);
            int[] parents = table.parents(commit);
            commit = parents.length == 0 ? -1 : parents[0];
        }
        int[] arrival = new int[table.size()];
        Arrays.fill(arrival, -2);
        List<Integer> pending = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            int merge = chain.get(i);
            arrival[merge] = -1;
            int[] parents = table.parents(merge);
            for (int p = 1; p < parents.length; p++) {
                pending.add(parents[p]);
            }
            while (!pending.isEmpty()) {
                int commit = pending.remove(pending.size() - 1);
                if (arrival[commit] != -2) {
                    continue;
                }
                arrival[commit] = merge;
                for (int parent : table.parents(commit)) {
                    pending.add(parent);
                }
            }
        }
        return arrival;
    }
}
