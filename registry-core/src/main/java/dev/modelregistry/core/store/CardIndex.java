package dev.modelregistry.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.git.DeferredWrite;
import dev.modelregistry.core.git.GitSnapshot;

/**
 * A derived index of the registry's models and cards, so that listing and searching read no card
 * file and parse no YAML for the versions they do not return. It is keyed by the commit it shows,
 * so that a read at that commit reads nothing from Git, and keeps the policy file by its blob id
 * ({@link IndexedPolicy}) and each model directory by its tree id (see {@link IndexedModel}):
 * bringing it to another commit compares the ids of the {@code models} subtrees and reads again
 * only the directories whose id changed. It is cached in
 * memory and in the file {@code <git dir>/model-registry/card-index}; a missing, corrupt or foreign
 * file is rebuilt from Git. It is never a source of truth: a directory's entry is what reading that
 * directory's tree gives, so a registry gives the same answers with or without it. Safe to share
 * between threads.
 */
public final class CardIndex {

    /** The index file's path inside the Git directory. */
    public static final String FILE = "model-registry/card-index";

    /**
     * How long a changed index waits in memory before it is stored, so that a process which reads
     * after every write stores the file (9 MB for 10,000 cards) at most about once in this time.
     */
    private static final Duration STORE_DELAY = Duration.ofSeconds(2);

    private final CardIndexFile file;
    private final DeferredWrite<IndexedModels> writes;
    private IndexedModels current;
    private boolean loading;

    /** The index of the registry whose Git directory is {@code gitDir}, read from disk on first use. */
    public CardIndex(Path gitDir) {
        this.file = new CardIndexFile(gitDir.resolve(Path.of(FILE)));
        this.writes = new DeferredWrite<>("model-registry card index writer", STORE_DELAY, file::write);
    }

    /**
     * Starts reading the stored file and decoding its policy and entries on a daemon thread, once:
     * the first query that reads cards calls this, and then decodes the entries it needs itself
     * while the thread decodes the others. A query waits for the file, not for the entries.
     */
    public synchronized void loadInBackground() {
        if (loading) {
            return;
        }
        loading = true;
        Thread loader = new Thread(() -> {
            try {
                IndexedModels loaded = stored();
                loaded.policy().policy();
                loaded.models().values().forEach(IndexedModel::content);
            } catch (RuntimeException e) {
                // only speed is lost: the first query reads the file and its entries itself
            }
        }, "model-registry card index");
        loader.setDaemon(true);
        loader.start();
    }

    /** The index as last known: read from the file on first use. */
    private synchronized IndexedModels stored() {
        if (current == null) {
            current = file.read().orElse(IndexedModels.EMPTY);
        }
        return current;
    }

    /**
     * The index of the models in {@code snapshot}, brought up to it, and stored when it changed
     * by a write that this call does not wait for ({@link DeferredWrite}).
     *
     * @throws dev.modelregistry.core.RegistryInternalException when the snapshot cannot be read
     */
    synchronized IndexedModels of(GitSnapshot snapshot) {
        stored();
        Optional<ObjectId> commit = snapshot.commitId();
        if (commit.equals(current.commit())) {
            return current;
        }
        Optional<ObjectId> modelsTree = snapshot.treeId(RegistryLayout.MODELS_DIR);
        IndexedPolicy policy = IndexedPolicy.of(snapshot, current.policy());
        Map<String, IndexedModel> models = modelsTree.equals(current.modelsTree()) ? current.models()
                : ModelEntryReader.update(current, snapshot);
        current = new IndexedModels(commit, policy, modelsTree, models);
        writes.offer(current);
        return current;
    }

    /**
     * Brings the index up to {@code snapshot} and stores it, so that the next process starts from it;
     * returns once it is stored.
     *
     * @throws dev.modelregistry.core.RegistryInternalException when the snapshot cannot be read
     */
    public void refresh(GitSnapshot snapshot) {
        of(snapshot);
        flush();
    }

    /** Returns once the index, as last brought up to a commit, is stored. */
    public void flush() {
        writes.flush();
    }
}
