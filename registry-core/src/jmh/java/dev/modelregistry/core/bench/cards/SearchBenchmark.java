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
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.query.ModelSummary;

/**
 * Issue 7, target 3, warm: searching and listing the registry of 10,000 cards, at most 20 ms each.
 * A registry opened once in the setup searches for the versions in production with an accuracy of
 * at least 0.9 ({@link #search}; 275 of the 1,000 production versions) and lists every model with
 * its versions ({@link #listModelSummaries}). The baseline ({@link #parseEveryCard}) answers the
 * same search on the same repository by parsing every card ({@link NaiveCardReader}) and filtering.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBenchmark {

    /** {@code registry.search}: production versions with {@code accuracy >= 0.9}. */
    @Benchmark
    public List<ModelCard> search(OpenRegistry.Standard open) {
        return open.registry.search(CardQueries.SEARCH);
    }

    /** {@code registry.listModelSummaries()}: every model with its versions. */
    @Benchmark
    public List<ModelSummary> listModelSummaries(OpenRegistry.Standard open) {
        return open.registry.listModelSummaries();
    }

    /** The baseline: every card under {@code models/} read and parsed, then filtered as {@link #search} filters. */
    @Benchmark
    public List<ModelCard> parseEveryCard(OpenRegistry.Standard open) throws IOException {
        return open.naive.cards("models").stream().filter(CardQueries.ACCURATE_IN_PRODUCTION::matches).toList();
    }
}
