package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.card.ModelCard;

/**
 * Issue 7, target 2: reading one card, warm, from the registry of 10,000 cards, at most 1 ms. A
 * registry opened once in the setup resolves {@code model-0500@production} ({@link #getProduction})
 * and {@code model-0500@1.5.0} ({@link #getVersion}). The baselines read the same cards from the
 * same repository as a program that knows the layout but keeps nothing would
 * ({@link NaiveCardReader}): the exact version by one tree lookup and one parse
 * ({@link #naiveVersion}), the production version by parsing the model's 10 cards and taking the
 * greatest one in production ({@link #naiveProduction}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class GetBenchmark {

    /** {@code registry.get(model-0500@production)}. */
    @Benchmark
    public ModelCard getProduction(OpenRegistry.Standard open) {
        return open.registry.get(CardQueries.IN_PRODUCTION);
    }

    /** {@code registry.get(model-0500@1.5.0)}. */
    @Benchmark
    public ModelCard getVersion(OpenRegistry.Standard open) {
        return open.registry.get(CardQueries.EXACT);
    }

    /** The baseline of {@link #getProduction}: every card of the model parsed, the greatest in production taken. */
    @Benchmark
    public Optional<ModelCard> naiveProduction(OpenRegistry.Standard open) throws IOException {
        return open.naive.inStage(CardQueries.MODEL, CardQueries.PRODUCTION);
    }

    /** The baseline of {@link #getVersion}: {@code TreeWalk.forPath} to the card, then one parse. */
    @Benchmark
    public ModelCard naiveVersion(OpenRegistry.Standard open) throws IOException {
        return open.naive.card(CardQueries.MODEL, CardQueries.VERSION);
    }
}
