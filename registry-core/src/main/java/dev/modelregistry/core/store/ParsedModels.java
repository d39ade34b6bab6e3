package dev.modelregistry.core.store;

import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;

/**
 * The model files ({@code model.yaml}) parsed lately, keyed by their blob id and the model their
 * path names, so that a process that registers again and again parses a model's file only when it
 * changed. It holds at most 4,096 models from 4 MiB of files. A blob id is the hash of the file's bytes, so a model found here is exactly the one
 * parsing would give; files that fail to parse are never kept, so their error is raised each time.
 */
final class ParsedModels {

    private static final RecentValues<Key, Parsed> MODELS = new RecentValues<>(4096, 4L * 1024 * 1024, Parsed::bytes);

    private ParsedModels() {
    }

    /**
     * The model in blob {@code blob} (a file of {@code bytes} bytes) at the path of {@code name},
     * parsed by {@code parse} unless it was lately.
     */
    static RegisteredModel get(ObjectId blob, ModelName name, long bytes, Supplier<RegisteredModel> parse) {
        return MODELS.get(new Key(blob.copy(), name), () -> new Parsed(parse.get(), bytes)).model();
    }

    private record Key(ObjectId blob, ModelName name) {
    }

    private record Parsed(RegisteredModel model, long bytes) {
    }
}
