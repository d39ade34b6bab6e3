package dev.modelregistry.core.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.git.DeferredWrite;
import dev.modelregistry.core.git.RegistryRepository;

/**
 * A derived index of which commits changed which model directory, with what the history reads
 * of each commit, so that the history of one model needs no tree diffs, no walk over the objects
 * of the whole history, and no commit read from Git. It holds facts about commits keyed by their
 * ids (see {@link ModelChangeTable}), which never go stale: bringing it up to a new head only adds
 * the commits it lacks. It is cached in memory and in the file
 * {@code <git dir>/model-registry/history-index}; a missing, corrupt or foreign file is rebuilt
 * from the commits. It is never a source of truth: the answers are those of a JGit
 * {@code RevWalk} with a path filter on the model's directory, in commit-time order with Git's
 * default history simplification, whether the file exists or not. A head the file already has is
 * answered without opening the repository or loading a JGit class. Safe to share between threads.
 */
public final class HistoryIndex {

    /** The index file's path inside the Git directory. */
    public static final String FILE = "model-registry/history-index";

    /**
     * A commit in a model's history, with the merge on the branch that brought it in, if any.
     *
     * @param commit the commit
     * @param mergedBy the merge commit that brought it onto the first-parent chain of the head
     */
    public record IndexedCommit(CommitFacts commit, Optional<CommitFacts> mergedBy) {
    }

    /**
     * How long a grown index waits in memory before it is stored, so that a process which reads a
     * history after every write stores the file (15.7 MB at 50,000 commits) at most about once in
     * this time.
     */
    private static final Duration STORE_DELAY = Duration.ofSeconds(2);

    private final RegistryRepository repository;
    private final HistoryIndexFile file;
    private final DeferredWrite<ModelChangeTable> writes;
    private ModelChangeTable table;

    /**
     * The index of {@code repository}, read from disk on first use. The repository's JGit side is
     * used only when the index must read commits.
     */
    public HistoryIndex(RegistryRepository repository) {
        this.repository = repository;
        this.file = new HistoryIndexFile(repository.directory().resolve(Path.of(FILE)));
        this.writes = new DeferredWrite<>("model-registry history index writer", STORE_DELAY, this::store);
    }

    /** Stores {@code grown} while no query adds to it. */
    private synchronized void store(ModelChangeTable grown) {
        file.write(grown);
    }

    /**
     * The commits of {@code start}'s history that changed {@code models/<model>}, newest first, in
     * the order of a JGit {@code RevWalk} with {@code RevSort.COMMIT_TIME_DESC} and a path filter
     * on that directory.
     *
     * @param start a commit id, 40 hexadecimal digits
     */
    public synchronized List<IndexedCommit> modelHistory(String start, String model) throws IOException {
        byte[] id = CommitIds.parse(start);
        int position = upTo(id, start);
        try {
            return history(position, model);
        } catch (UndecodableTextException untrusted) {
            table = ModelChangeScanner.bringUpTo(repository.jgit(), new ModelChangeTable(), start);
            writes.offer(table);
            return history(table.positionOf(id), model);
        }
    }

    private List<IndexedCommit> history(int position, String model) {
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
            history.add(new IndexedCommit(table.facts(commit),
                    merge < 0 ? Optional.empty() : Optional.of(table.facts(merge))));
        }
        return history;
    }

    /**
     * Brings the index up to {@code head} and stores it; returns once it is stored.
     *
     * @param head a commit id, 40 hexadecimal digits
     * @return the number of commits indexed
     * @throws RegistryInternalException when the commits cannot be read
     */
    public int refresh(String head) {
        int size = bringUpTo(head);
        flush();
        return size;
    }

    private synchronized int bringUpTo(String head) {
        try {
            upTo(CommitIds.parse(head), head);
            return table.size();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot index the history of " + repository.directory() + ": " + e.getMessage(), e);
        }
    }

    /** Returns once the index, as a history last brought it up, is stored. */
    public void flush() {
        writes.flush();
    }

    /**
     * Brings the index up to {@code head} (whose raw id is {@code id}), first from the file, and
     * has it stored when it grew, by a write that this call does not wait for
     * ({@link DeferredWrite}); returns the head's position.
     */
    private int upTo(byte[] id, String head) throws IOException {
        if (table == null) {
            table = file.read().orElseGet(ModelChangeTable::new);
        }
        int position = table.positionOf(id);
        if (position >= 0) {
            return position;
        }
        table = ModelChangeScanner.bringUpTo(repository.jgit(), table, head);
        writes.offer(table);
        return table.positionOf(id);
    }
}
