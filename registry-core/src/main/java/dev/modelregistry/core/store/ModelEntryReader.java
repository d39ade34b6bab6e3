package dev.modelregistry.core.store;

import java.nio.ByteBuffer;
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
 * Reads the {@link CardIndex} entries of the model directories that changed, as a view without
 * an index reads them. Kept apart from the index, so that loading the index loads no JGit class.
 */
final class ModelEntryReader {

    private ModelEntryReader() {
    }

    /**
     * The entries of every model directory in {@code snapshot}: those of {@code known} whose tree
     * did not change, and the others read again.
     */
    static Map<String, IndexedModel> update(IndexedModels known, GitSnapshot snapshot) {
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
