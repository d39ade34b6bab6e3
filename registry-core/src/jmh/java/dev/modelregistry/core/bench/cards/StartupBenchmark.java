package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.bench.GeneratedCard;
import dev.modelregistry.core.bench.GitProcess;
import dev.modelregistry.core.card.ModelCard;

/**
 * The first read of a fresh JVM, opening the registry of 10,000 cards included: each fork times
 * one operation without warmup. Issue 7, target 6 (at most 0.6 s): opening the registry, reading
 * {@code model-0500@production} and closing it ({@link #openGetClose}, 20 forks). Issue 7, target
 * 3 in a fresh JVM (at most 500 ms): opening the registry, the search of {@link SearchBenchmark}
 * and closing it ({@link #openSearchClose}, 10 forks). For context, {@link #gitCatFile} (10 forks)
 * times {@code git cat-file -p main:<path>} of the production card in a process of its own,
 * started from a fresh JVM: the least a read through Git costs. The JVM's own start (before JMH's
 * timer starts) is in none of them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {

    /** The path of the production card of {@code model-0500}, found in the setup. */
    @State(Scope.Benchmark)
    public static class ProductionCard {

        /** The revision and path to the card, {@code main:models/model-0500/<version>/card.yaml}. */
        String object;

        /** Finds the version in production by parsing the model's cards. */
        @Setup
        public void find(RegistryDir registry) throws IOException {
            try (NaiveCardReader naive = new NaiveCardReader(registry.dir)) {
                ModelCard card = naive.inStage(CardQueries.MODEL, CardQueries.PRODUCTION).orElseThrow();
                object = "main:" + GeneratedCard.path(CardQueries.MODEL, card.version().toString());
            }
        }
    }

    /** Opens the registry, reads {@code model-0500@production}, closes the registry. */
    @Benchmark
    @Fork(20)
    public ModelCard openGetClose(RegistryDir registry) {
        try (ModelRegistry open = ModelRegistry.open(registry.dir, RegistryOptions.DEFAULT)) {
            return open.get(CardQueries.IN_PRODUCTION);
        }
    }

    /** Opens the registry, searches for the production versions with {@code accuracy >= 0.9}, closes it. */
    @Benchmark
    @Fork(10)
    public List<ModelCard> openSearchClose(RegistryDir registry) {
        try (ModelRegistry open = ModelRegistry.open(registry.dir, RegistryOptions.DEFAULT)) {
            return open.search(CardQueries.SEARCH);
        }
    }

    /** {@code git cat-file -p} of the production card, in a process of its own. */
    @Benchmark
    @Fork(10)
    public long gitCatFile(RegistryDir registry, ProductionCard card) throws IOException, InterruptedException {
        return GitProcess.output(registry.dir, "cat-file", "-p", card.object);
    }
}
