package dev.modelregistry.core.store;

import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;

/**
 * The model files ({@code model.yaml}) parsed lately, keyed by their blob id and the model their
 * path names, so that a process that registers again and again parses a model's file only when it
 * changed. A blob id is the hash of the file's bytes, so a model found here is exactly the one
 * parsing would give; files that fail to parse are never kept, so their error is raised each time.
 */
final class ParsedModels {

    private static final RecentValues<Key, RegisteredModel> MODELS = new RecentValues<>(4096);

    private ParsedModels() {
    }

    /** The model in blob {@code blob} at the path of {@code name}, parsed by {@code parse} unless it was lately. */
    static RegisteredModel get(ObjectId blob, ModelName name, Supplier<RegisteredModel> parse) {
        return MODELS.get(new Key(blob.copy(), name), parse);
    }

    private record Key(ObjectId blob, ModelName name) {
    }
}
