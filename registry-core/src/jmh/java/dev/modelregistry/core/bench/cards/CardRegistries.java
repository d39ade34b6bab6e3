package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.bench.cards.CardRegistryGenerator.Commits;
import dev.modelregistry.core.check.CheckReport;

/**
 * The generated registries the issue-7 card benchmarks share, cached under
 * {@code target/bench-registries} (or {@code -Dbench.registries}) in a directory whose name holds
 * the size and the layout version. A registry is generated, checked with
 * {@link ModelRegistry#check()}, which must find no problem, and maintained once with
 * {@link ModelRegistry#maintain()} (commit-graph, history index, repack), as a registry in use
 * is. That happens in a JVM of its own with the default heap, so that the heap limit of a
 * benchmark fork never applies to generating; the file {@code prepared} in the registry says
 * it is done.
 */
public final class CardRegistries {

    /** The generated registries' layout version; bump it when the generated content changes. */
    private static final int LAYOUT = 1;

    /** The registries there are. */
    public enum Size {
        /** 1,000 models of 10 versions: 10,000 cards, one commit per registration and per stage move. */
        STANDARD(1_000, 10, Commits.PER_WRITE),
        /** 10,000 models of 10 versions: 100,000 cards, one commit per model. */
        LARGE(10_000, 10, Commits.PER_MODEL);

        private final int models;
        private final int versions;
        private final Commits commits;

        Size(int models, int versions, Commits commits) {
            this.models = models;
            this.versions = versions;
            this.commits = commits;
        }

        /** The number of models. */
        public int models() {
            return models;
        }

        private Path directory(Path root) {
            return root.resolve("cards-" + models + "m-" + versions + "v-" + commits.name().toLowerCase()
                    .replace('_', '-') + "-v" + LAYOUT + ".git");
        }
    }

    private CardRegistries() {
    }

    /** The bare registry of {@code size}, generated and prepared unless that was done before. */
    public static Path registry(Size size) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("bench.registries", "target/bench-registries")).toAbsolutePath();
        Path dir = size.directory(root);
        if (!Files.exists(dir.resolve("prepared"))) {
            Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CardRegistries.class.getName(), root.toString(),
                    size.name()).inheritIO().start();
            if (generator.waitFor() != 0) {
                throw new IOException("generating the " + size + " card registry in " + dir + " failed");
            }
        }
        return dir;
    }

    /**
     * Generates the registry of one size in this JVM, checks and maintains it, and writes what
     * that found into its file {@code prepared}: {@code <cacheRoot> <size>} ({@code STANDARD} or
     * {@code LARGE}); prints its path.
     */
    public static void main(String[] args) throws Exception {
        Size size = Size.valueOf(args[1]);
        Path dir = CardRegistryGenerator.generate(size.directory(Path.of(args[0])), size.models, size.versions,
                size.commits);
        try (ModelRegistry registry = ModelRegistry.open(dir, RegistryOptions.DEFAULT)) {
            CheckReport report = registry.check();
            if (!report.isClean()) {
                throw new IllegalStateException("the generated registry " + dir + " has problems:\n"
                        + String.join("\n", report.lines()));
            }
            int matches = registry.search(CardQueries.SEARCH).size();
            Files.writeString(dir.resolve("prepared"), report.models() + " models, " + report.versions()
                    + " versions, no problems; " + matches + " in production with accuracy >= 0.9; " + registry.maintain()
                    + "\n");
        }
        System.out.println(dir);
    }
}
