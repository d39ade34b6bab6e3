package dev.modelregistry.core.bench.cards;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.bench.cards.CardRegistries.Size;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.query.ModelSummary;

/**
 * Issue 7, target 7: the search and the list of {@link SearchBenchmark} within a small heap, on a
 * registry opened once per fork: {@link Cards10k} with {@code -Xmx64m} over 10,000 cards,
 * {@link Cards100k} with {@code -Xmx256m} over 100,000 cards (10,000 models of 10 versions). That
 * each benchmark finishes at all, without an {@link OutOfMemoryError}, is the evidence; run with
 * {@code -prof gc} for the bytes allocated per operation. Each operation is timed on its own: one
 * warmup and three measured operations.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public abstract class MemoryBenchmark extends OpenRegistry {

    /** {@code registry.search}: production versions with {@code accuracy >= 0.9}. */
    @Benchmark
    public List<ModelCard> search() {
        return registry.search(CardQueries.SEARCH);
    }

    /** {@code registry.listModelSummaries()}: every model with its versions. */
    @Benchmark
    public List<ModelSummary> list() {
        return registry.listModelSummaries();
    }

    /** Over 10,000 cards, in a 64 MiB heap. */
    @State(Scope.Benchmark)
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public static class Cards10k extends MemoryBenchmark {
        @Override
        Size size() {
            return Size.STANDARD;
        }
    }

    /** Over 100,000 cards, in a 256 MiB heap. */
    @State(Scope.Benchmark)
    @Fork(value = 1, jvmArgsAppend = "-Xmx256m")
    public static class Cards100k extends MemoryBenchmark {
        @Override
        Size size() {
            return Size.LARGE;
        }
    }
}
