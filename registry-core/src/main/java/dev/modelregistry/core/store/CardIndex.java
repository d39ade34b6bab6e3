package dev.modelregistry.core.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.RegistryException;
import dev.modelregistry.core.card.CardSummary;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.yaml.YamlTreeCodec;

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

    private final CardIndexFile file;
    private IndexedModels current;

    /** The index of the registry whose Git directory is {@code gitDir}, read from disk on first use. */
    public CardIndex(Path gitDir) {
        this.file = new CardIndexFile(gitDir.resolve(Path.of(FILE)));
    }

    /**
     * Starts reading the stored file and decoding its policy and entries on a daemon thread, so
     * that they are ready, or partly ready, when the first query comes: a fresh process does this
     * while it opens the repository. A query that comes first waits for the file, not for the
     * entries.
     */
    public void loadInBackground() {
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
     * The index of the models in {@code snapshot}, brought up to it and stored when it changed.
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
                : update(current, snapshot);
        current = new IndexedModels(commit, policy, modelsTree, models);
        file.write(current);
        return current;
    }

    /**
     * Brings the index up to {@code snapshot} and stores it, so that the next process starts from it.
     *
     * @throws dev.modelregistry.core.RegistryInternalException when the snapshot cannot be read
     */
    public void refresh(GitSnapshot snapshot) {
        of(snapshot);
    }

    private static Map<String, IndexedModel> update(IndexedModels known, GitSnapshot snapshot) {
        Map<String, IndexedModel> models = new LinkedHashMap<>();
        snapshot.subdirectoryTrees(RegistryLayout.MODELS_DIR).forEach((directory, tree) -> {
            IndexedModel before = known.models().get(directory);
            models.put(directory, before != null && before.tree().equals(tree) ? before
                    : read(snapshot, directory, tree, before));
        });
        return models;
    }

    /**
     * The entry of one model directory, read as a view without an index reads it; the cards of
     * {@code before} whose blobs did not change are kept as they were. A directory that does not
     * read, whatever the reason, is kept as unreadable, so that only the queries that need it
     * meet its error.
     */
    private static IndexedModel read(GitSnapshot snapshot, String directory, ObjectId tree, IndexedModel before) {
        RegistryView plain = new RegistryView(snapshot);
        try {
            ModelName name = ModelName.of(directory);
            RegisteredModel model = plain.requireModel(name);
            Map<String, ObjectId> blobs = plain.cardBlobs(name);
            Map<ObjectId, IndexedModel.IndexedCard> kept = new HashMap<>();
            if (before != null) {
                before.cards().forEach(card -> kept.put(card.blob(), card));
            }
            List<IndexedModel.IndexedCard> cards = plain.cards(name).stream().map(card -> {
                ObjectId blob = blobs.get(card.version().toString());
                IndexedModel.IndexedCard same = kept.get(blob);
                return same != null && same.summary().id().equals(card.id()) ? same
                        : new IndexedModel.IndexedCard(blob, CardSummary.of(card), tree(snapshot, card, blob));
            }).toList();
            return IndexedModel.read(tree, new IndexedModel.Content(Optional.of(model), cards));
        } catch (RegistryException unreadable) {
            return IndexedModel.unreadable(tree);
        }
    }

    /** The encoded YAML tree of {@code card}'s file, which read cleanly as {@code blob}. */
    private static ByteBuffer tree(GitSnapshot snapshot, ModelCard card, ObjectId blob) {
        String path = RegistryLayout.cardFile(card.name(), card.version());
        byte[] content = RegistryFiles.load(snapshot, snapshot.file(path, blob));
        return ByteBuffer.wrap(YamlTreeCodec.encode(CardYaml.parse(path, content))).asReadOnlyBuffer();
    }
}
