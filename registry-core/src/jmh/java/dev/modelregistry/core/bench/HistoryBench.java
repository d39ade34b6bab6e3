package dev.modelregistry.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;

/**
 * The registry the history benchmarks share: 1,000 models and 50,000 commits from
 * {@link HistoryRegistryGenerator}, under {@code target/bench-registries} (or
 * {@code -Dbench.registries}), maintained once with {@link ModelRegistry#maintain()} so that it
 * has its commit-graph with Bloom filters and its history index. Both are cached between runs.
 */
final class HistoryBench {

    /** The model whose history is read: one with an average history. */
    static final String MODEL = HistoryRegistryGenerator.modelName(500);

    private HistoryBench() {
    }

    /** The generated, maintained registry. */
    static Path registry() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("bench.registries", "target/bench-registries"));
        Path registry = HistoryRegistryGenerator.registry(root, 1_000, 50_000);
        Path maintained = registry.resolve("maintained");
        if (!Files.exists(maintained)) {
            try (ModelRegistry owner = ModelRegistry.open(registry, RegistryOptions.DEFAULT)) {
                Files.writeString(maintained, owner.maintain() + "\n");
            }
        }
        return registry;
    }

    /**
     * The baseline: {@code git log} of the model's directory with the commit-graph and its Bloom
     * filters, printing what a history shows (id, time, author, subject, trailers).
     *
     * @return the number of bytes git printed
     */
    static long gitLog(Path registry) throws IOException, InterruptedException {
        return GitProcess.output(registry, "-c", "core.commitGraph=true", "log",
                "--format=%H %ct %an <%ae>%n%s%n%(trailers:only,unfold)", "main", "--", "models/" + MODEL + "/");
    }
}
