package dev.modelregistry.core.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.CardSummary;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.GitSnapshot;

/**
 * A derived index of the registry's models and cards, so that listing and searching read no card
 * file and parse no YAML for the versions they do not return. It keeps each model directory by its
 * tree id (see {@link IndexedModel}): bringing it to another commit compares the ids of the
 * {@code models} subtrees and reads again only the directories whose id changed. It is cached in
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

    /** The index of {@code repository}, read from disk on first use. */
    public CardIndex(Repository repository) {
        this.file = new CardIndexFile(repository.getDirectory().toPath().resolve(Path.of(FILE)));
    }

    /**
     * The index of the models in {@code snapshot}, brought up to it and stored when it changed.
     *
     * @throws dev.modelregistry.core.RegistryInternalException when the snapshot cannot be read
     */
    synchronized IndexedModels of(GitSnapshot snapshot) {
        if (current == null) {
            current = file.read().orElse(IndexedModels.EMPTY);
        }
        Optional<ObjectId> modelsTree = snapshot.treeId(RegistryLayout.MODELS_DIR);
        if (!modelsTree.equals(current.modelsTree())) {
            current = update(current, snapshot, modelsTree);
            file.write(current);
        }
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

    private static IndexedModels update(IndexedModels known, GitSnapshot snapshot, Optional<ObjectId> modelsTree) {
        RegistryView plain = new RegistryView(snapshot);
        Map<String, IndexedModel> models = new LinkedHashMap<>();
        snapshot.subdirectoryTrees(RegistryLayout.MODELS_DIR).forEach((directory, tree) -> {
            IndexedModel before = known.models().get(directory);
            models.put(directory, before != null && before.tree().equals(tree) ? before : read(plain, directory, tree));
        });
        return new IndexedModels(modelsTree, models);
    }

    /** The entry of one model directory, read as a view without an index reads it. */
    private static IndexedModel read(RegistryView plain, String directory, ObjectId tree) {
        try {
            ModelName name = ModelName.of(directory);
            RegisteredModel model = plain.requireModel(name);
            Map<String, ObjectId> blobs = plain.cardBlobs(name);
            List<IndexedModel.IndexedCard> cards = plain.cards(name).stream()
                    .map(card -> new IndexedModel.IndexedCard(blobs.get(card.version().toString()),
                            CardSummary.of(card)))
                    .toList();
            return new IndexedModel(tree, Optional.of(model), cards);
        } catch (RegistryUsageException unreadable) {
            return IndexedModel.unreadable(tree);
        }
    }
}
