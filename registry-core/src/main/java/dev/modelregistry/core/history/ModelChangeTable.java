package dev.modelregistry.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about commits that never change, keyed by commit id: each commit's time, its parents, and
 * for each parent the models whose directory {@code models/<name>} differs between that parent
 * and the commit (a root commit is compared with the empty tree), and its {@link CommitText}. A model change also records
 * whether the parent had no such directory at all. The table is closed under ancestry: a commit is
 * only added after its parents, so a walk from any commit in it stays in it.
 *
 * <p>Commits are numbered by position in the order they were added; models by the order their
 * names were first seen. A change is stored as {@code model << 1 | absentInParent}. The table
 * uses no JGit type, so that reading it loads no JGit class.
 */
final class ModelChangeTable {

    private static final int[] NONE = {};

    private final CommitIds ids = new CommitIds();
    private final CommitTexts texts;
    private final List<String> models = new ArrayList<>();
    private final Map<String, Integer> modelNumbers = new HashMap<>();
    private int[] times = new int[1024];
    private int[][] parents = new int[1024][];
    private int[][][] changes = new int[1024][][];
    private int merges;

    /** An empty table. */
    ModelChangeTable() {
        this(new CommitTexts());
    }

    /** An empty table whose first commits will have {@code texts}, which the file kept. */
    ModelChangeTable(CommitTexts texts) {
        this.texts = texts;
    }

    /** The number of commits in the table. */
    int size() {
        return ids.size();
    }

    /** The position of the raw commit id {@code id}, or -1 when the table does not have it. */
    int positionOf(byte[] id) {
        return ids.positionOf(id);
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
     * @param text the commit's text; null when the table was built with it
     * @return the commit's position
     */
    int add(byte[] id, int time, int[] parentPositions, int[][] changesByParent, CommitText text) {
        int position = ids.size();
        if (text == null ? position >= texts.size() : position != texts.size()) {
            throw new IllegalArgumentException("the text of commit " + position + " is missing or repeated");
        }
        if (position == times.length) {
            int capacity = position * 2;
            times = Arrays.copyOf(times, capacity);
            parents = Arrays.copyOf(parents, capacity);
            changes = Arrays.copyOf(changes, capacity);
        }
        ids.add(id);
        if (text != null) {
            texts.add(text);
        }
        times[position] = time;
        parents[position] = parentPositions.length == 0 ? NONE : parentPositions;
        changes[position] = changesByParent;
        if (parentPositions.length > 1) {
            merges++;
        }
        return position;
    }

    /** The raw commit id at {@code position}, copied into {@code target}. */
    void copyId(int position, byte[] target) {
        ids.copyTo(position, target);
    }

    /** What the history reads of the commit at {@code position}. */
    CommitFacts facts(int position) {
        CommitText text = texts.get(position);
        return new CommitFacts(ids.name(position), Instant.ofEpochSecond(time(position)), parents[position].length,
                text.actor(), text.subject(), text.trailers());
    }

    /** The texts of all commits, by position. */
    CommitTexts texts() {
        return texts;
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
