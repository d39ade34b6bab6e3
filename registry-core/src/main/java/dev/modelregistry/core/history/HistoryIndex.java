package dev.modelregistry.core.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

import dev.modelregistry.core.RegistryInternalException;

/**
 * A derived index of which commits changed which model directory, so that the history of one
 * model needs no tree diffs and no walk over the objects of the whole history. It holds facts
 * about commits keyed by their ids (see {@link ModelChangeTable}), which never go stale: bringing
 * it up to a new head only adds the commits it lacks. It is cached in memory and in the file
 * {@code <git dir>/model-registry/history-index}; a missing, corrupt or foreign file is rebuilt
 * from the commits. It is never a source of truth: the answers are those of a JGit
 * {@code RevWalk} with a path filter on the model's directory, in commit-time order with Git's
 * default history simplification, whether the file exists or not. Safe to share between threads.
 */
public final class HistoryIndex {

    /** The index file's path inside the Git directory. */
    public static final String FILE = "model-registry/history-index";

    /** A commit in a model's history, with the merge on the branch that brought it in, if any. */
    public record IndexedCommit(ObjectId commit, Optional<ObjectId> mergedBy) {
    }

    private final Repository repository;
    private final HistoryIndexFile file;
    private ModelChangeTable table;

    /** The index of {@code repository}, read from disk on first use. */
    public HistoryIndex(Repository repository) {
        this.repository = repository;
        this.file = new HistoryIndexFile(repository.getDirectory().toPath().resolve(Path.of(FILE)));
    }

    /**
     * The commits of {@code start}'s history that changed {@code models/<model>}, newest first, in
     * the order of a JGit {@code RevWalk} with {@code RevSort.COMMIT_TIME_DESC} and a path filter
     * on that directory.
     */
    public synchronized List<IndexedCommit> modelHistory(ObjectId start, String model) throws IOException {
        int position = upTo(start);
        int number = table.modelNumber(model);
        if (number < 0) {
            return List.of();
        }
        SimplifiedWalk walk = new SimplifiedWalk(table);
        List<Integer> commits = walk.commits(position, number);
        int[] arrivals = table.hasMerges() && !commits.isEmpty() ? walk.arrivals(position) : null;
        List<IndexedCommit> history = new ArrayList<>(commits.size());
        for (int commit : commits) {
            int merge = arrivals == null ? -1 : arrivals[commit];
            history.add(new IndexedCommit(table.id(commit), merge < 0 ? Optional.empty() : Optional.of(table.id(merge))));
        }
        return history;
    }

    /**
     * Brings the index up to {@code head} and stores it.
     *
     * @return the number of commits indexed
     * @throws RegistryInternalException when the commits cannot be read
     */
    public synchronized int refresh(ObjectId head) {
        try {
            upTo(head);
            return table.size();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot index the history of "
                    + repository.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** Brings the index up to {@code head}, first from the file, and stores it when it grew. */
    private int upTo(ObjectId head) throws IOException {
        if (table == null) {
            table = file.read().orElseGet(ModelChangeTable::new);
        }
        int position = table.positionOf(head);
        if (position >= 0) {
            return position;
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            Optional<ObjectId> tip = table.tip().filter(known -> has(reader, known));
            try {
                new ModelChangeScanner(reader, table).addFrom(head, tip);
            } catch (IOException | RuntimeException e) {
                table = new ModelChangeTable();
                new ModelChangeScanner(reader, table).addFrom(head, Optional.empty());
            }
        }
        file.write(table);
        return table.positionOf(head);
    }

    private static boolean has(ObjectReader reader, ObjectId commit) {
        try {
            return reader.has(commit);
        } catch (IOException e) {
            return false;
        }
    }
}
