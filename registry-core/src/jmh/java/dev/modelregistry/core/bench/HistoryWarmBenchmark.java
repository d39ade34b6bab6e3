package dev.modelregistry.core.bench;

import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.modelregistry.core.AuditEvent;
import dev.modelregistry.core.HistoryQuery;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.domain.ModelName;

/**
 * Issue 7, target 4, warm: the history of one model in the 50,000-commit registry, read again
 * and again by an open registry ({@link #history}, target at most 50 ms), against {@code git log}
 * of the model's directory with the commit-graph and Bloom filters ({@link #gitLog}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HistoryWarmBenchmark {

    private Path registry;
    private ModelRegistry open;

    /** Generates or finds the registry, and opens it. */
    @Setup
    public void setUp() throws Exception {
        registry = HistoryBench.registry();
        open = ModelRegistry.open(registry, RegistryOptions.DEFAULT);
    }

    /** Closes the registry. */
    @TearDown
    public void tearDown() {
        open.close();
    }

    /** {@code ModelRegistry.history} of one model. */
    @Benchmark
    public List<AuditEvent> history() {
        return open.history(HistoryQuery.forModel(ModelName.of(HistoryBench.MODEL)));
    }

    /** {@code git log -- models/<name>/} with the commit-graph and Bloom filters. */
    @Benchmark
    public long gitLog() throws Exception {
        return HistoryBench.gitLog(registry);
    }
}
