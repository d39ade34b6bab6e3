package dev.modelregistry.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;


/**
 * Issue 7, target 5: eight writer processes registering into one local registry lose no update,
 * reach at least a single writer's throughput together, and their p99 registration time is at
 * most 20 times the single writer's median. One operation is one whole round: first one writer
 * process registers {@code 8 * perWriter} versions of a model of its own, then eight writer
 * processes register {@code perWriter} versions each, started together behind a gate after their
 * warm-up, as the {@link Scenario} says. The writer processes of both rounds run their JIT
 * compilers as {@link Compilers} says. Both rounds write the same number of versions, into
 * registries that start with a history from {@link HistoryRegistryGenerator}. The operation fails
 * with an exception when an update was lost. The figures are the secondary results
 * ({@link ContentionFigures}); the primary score is the time of the whole operation, process starts
 * and checks included, and is no target figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Timeout(time = 30, timeUnit = TimeUnit.MINUTES)
public class WriterContentionBenchmark {

    /** How many writers race in the second round. */
    static final int WRITERS = 8;

    /** Where the eight writers register. */
    public enum Scenario {
        /** All eight register versions of one model in one registry: they race for the same model directory. */
        SAME_MODEL(false),
        /** Each registers versions of a model of its own in one registry: they race only for the branch. */
        DIFFERENT_MODELS(false),
        /**
         * The baseline: each registers into a registry of its own, so nothing is shared but the
         * machine; what eight writer processes reach here without any race.
         */
        SEPARATE_REGISTRIES(true);

        private final boolean ownRegistries;

        Scenario(boolean ownRegistries) {
            this.ownRegistries = ownRegistries;
        }

        /** The model writer {@code writer} registers into. */
        String model(int writer) {
            return this == DIFFERENT_MODELS ? "own-" + writer : "shared";
        }
    }

    /** Where the eight writers register. */
    @Param({"SAME_MODEL", "DIFFERENT_MODELS", "SEPARATE_REGISTRIES"})
    public Scenario scenario;

    /** How the JIT compilers of every writer process, in both parts, run. */
    public enum Compilers {
        /** As the JVM starts them. */
        DEFAULT(List.of()),
        /**
         * At the lowest OS priority (nice 19), so that compiling takes only the processor time
         * that registering leaves: a compiler thread then waits for a core instead of taking it
         * from the writer whose turn it is. A user may lower a thread's priority without
         * privileges; the JVM warns that raising one would need them.
         */
        LOW_PRIORITY(List.of("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=19"));

        private final List<String> jvmOptions;

        Compilers(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }

    /** How the JIT compilers of the writer processes run. */
    @Param({"DEFAULT", "LOW_PRIORITY"})
    public Compilers compilers;

    /** How many versions each of the eight writers registers; the single writer registers eight times as many. */
    @Param("50")
    public int perWriter;

    /** How many models each registry's generated history has. */
    @Param("200")
    public int historyModels;

    /** How many commits each registry's generated history has. */
    @Param("2000")
    public int historyCommits;

    private Path registry;
    private List<WriterTarget> eight;
    private WriterRound rounds;

    /**
     * Generates the registries, and one more for the writers' warm-up registries to copy, in a new
     * directory under {@code target/writer-contention}, which keeps them and the writers' logs
     * after the run.
     */
    @Setup(Level.Trial)
    public void createRegistries() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "writer-contention"));
        Path directory = Files.createTempDirectory(root, scenario.name().toLowerCase() + "-");
        registry = HistoryRegistryGenerator.registry(directory.resolve("registry"), historyModels, historyCommits);
        eight = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Path target = scenario.ownRegistries ? HistoryRegistryGenerator.registry(directory.resolve("writer-" + w),
                    historyModels, historyCommits) : registry;
            eight.add(new WriterTarget(target, scenario.model(w)));
        }
        Path seed = HistoryRegistryGenerator.registry(directory.resolve("warmup-seed"), historyModels, historyCommits);
        rounds = new WriterRound(seed, directory, compilers.jvmOptions, WRITERS * perWriter);
        System.out.println("registries under " + directory.toAbsolutePath());
    }

    /** One writer, then eight writers; checks that no update was lost and records the figures. */
    @Benchmark
    public void round(ContentionFigures figures) throws Exception {
        RoundResult one = rounds.run("one", List.of(new WriterTarget(registry, "solo")), WRITERS * perWriter);
        RoundResult many = rounds.run("eight", eight, perWriter);
        one.verify();
        many.verify();
        figures.record(one, many);
        System.out.println(scenario + ", " + WRITERS + " writers x " + perWriter + ", compilers " + compilers + ":\n"
                + figures.report());
    }
}
