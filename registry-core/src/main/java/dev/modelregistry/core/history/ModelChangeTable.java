package dev.modelregistry.core.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdOwnerMap;

/**
 * Facts about commits that never change, keyed by commit id: each commit's time, its parents, and
 * for each parent the models whose directory {@code models/<name>} differs between that parent
 * and the commit (a root commit is compared with the empty tree). A model change also records
 * whether the parent had no such directory at all. The table is closed under ancestry: a commit is
 * only added after its parents, so a walk from any commit in it stays in it.
 *
 * <p>Commits are numbered by position in the order they were added; models by the order their
 * names were first seen. A change is stored as {@code model << 1 | absentInParent}.
 */
final class ModelChangeTable {

    private static final int[] NONE = {};

    private final List<ObjectId> ids = new ArrayList<>();
    private final List<String> models = new ArrayList<>();
    private final Map<String, Integer> modelNumbers = new HashMap<>();
    private int[] times = new int[1024];
    private int[][] parents = new int[1024][];
    private int[][][] changes = new int[1024][][];
    private ObjectIdOwnerMap<Position> positions;
    private int merges;

    /** A commit id with its position, for lookups by id. */
    private static final class Position extends ObjectIdOwnerMap.Entry {
        final int position;

        Position(AnyObjectId id, int position) {
            super(id);
            this.position = position;
        }
    }

    /** The number of commits in the table. */
    int size() {
        return ids.size();
    }

    /**
     * The commit added last: the head the table was last brought up to, since a head comes after
     * all of its ancestors. Empty for an empty table.
     */
    Optional<ObjectId> tip() {
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
    }

    /** The position of {@code id}, or -1 when the table does not have it. */
    int positionOf(AnyObjectId id) {
        if (!ids.isEmpty() && ids.get(ids.size() - 1).equals(id)) {
            return ids.size() - 1;
        }
        if (positions == null) {
            positions = new ObjectIdOwnerMap<>();
            for (int i = 0; i < ids.size(); i++) {
                positions.add(new Position(ids.get(i), i));
            }
        }
        Position found = positions.get(id);
        return found == null ? -1 : found.position;
    }

    /** The number of {@code model}, or -1 when no commit in the table ever changed it. */
    int modelNumber(String model) {
        Integer number = modelNumbers.get(model);
        return number == null ? -1 : number;
    }

    /** The number of {@code model}, adding the name when it is new. */
    int internModel(String model) {
        return modelNumbers.computeIfAbsent(model, name -> {
            models.add(name);
            return models.size() - 1;
        });
    }

    /** The model names, by number. */
    List<String> models() {
        return models;
    }

    /**
     * Adds a commit whose parents are all in the table already.
     *
     * @param parentPositions the parents' positions, in the commit's order
     * @param changesByParent for each parent, the changes as {@code model << 1 | absentInParent}
     * @return the commit's position
     */
    int add(ObjectId id, int time, int[] parentPositions, int[][] changesByParent) {
        int position = ids.size();
        if (position == times.length) {
            int capacity = position * 2;
            times = Arrays.copyOf(times, capacity);
            parents = Arrays.copyOf(parents, capacity);
            changes = Arrays.copyOf(changes, capacity);
        }
        ids.add(id);
        times[position] = time;
        parents[position] = parentPositions.length == 0 ? NONE : parentPositions;
        changes[position] = changesByParent;
        if (parentPositions.length > 1) {
            merges++;
        }
        if (positions != null) {
            positions.add(new Position(id, position));
        }
        return position;
    }

    /** The commit id at {@code position}. */
    ObjectId id(int position) {
        return ids.get(position);
    }

    /** The commit time at {@code position}, in seconds. */
    int time(int position) {
        return times[position];
    }

    /** The parents of the commit at {@code position}. */
    int[] parents(int position) {
        return parents[position];
    }

    /** The changes of the commit at {@code position} against its {@code parent}th parent (against nothing for a root). */
    int[] changes(int position, int parent) {
        int[][] byParent = changes[position];
        return parent < byParent.length ? byParent[parent] : NONE;
    }

    /** True when some commit in the table has more than one parent. */
    boolean hasMerges() {
        return merges > 0;
    }

    /**
     * The change of {@code model} in {@code list}, as stored, or -1 when the model did not change.
     * Lists are short (a write changes one model), so this scans.
     */
    static int find(int[] list, int model) {
        for (int change : list) {
            if (change >>> 1 == model) {
                return change;
            }
        }
        return -1;
    }
}
