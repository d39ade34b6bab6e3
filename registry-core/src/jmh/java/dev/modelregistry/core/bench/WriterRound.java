package dev.modelregistry.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * Runs rounds of writer processes ({@link RegisterLoop}, each its own JVM) that register versions
 * into local registries at once. Every writer first warms up, alone on a copy of the registry
 * the writers register into as it was generated and then on that registry itself, and waits at a
 * gate file; the round's time runs from the gate opening to the last writer's exit. The writers' logs, with every
 * version each was told it got and every registration's time, stay in the round's directory.
 */
final class WriterRound {

    /**
     * How many threads of a writer register at once while it warms up alone, so that its own
     * writes land in batches, as the writes that the host of a shared registry takes from the
     * other processes land.
     */
    private static final int THREADS_ALONE = 4;

    /** How many times as many versions as its largest timed model a writer registers in each part of its warm-up, at least. */
    private static final int WARMUP_ROUNDS = 2;

    private final Path seed;
    private final Path directory;
    private final List<String> jvmOptions;
    private final int largestModel;

    /**
     * Rounds whose writers warm up alone on copies of the registry {@code seed}, keep their gate
     * files, warm-up registries and logs in {@code directory}, start with {@code jvmOptions} as
     * well, and register at most {@code largestModel} versions into one model when timed.
     *
     * <p>Each writer registers, before the gate opens, at least {@value #WARMUP_ROUNDS} times
     * {@code largestModel} versions alone, on {@value #THREADS_ALONE} threads whose writes land in
     * batches, and then as many on the registry it registers into when timed, through the same
     * registry instance ({@link RegisterLoop#WARMUP_IN_PLACE}); on each it then goes on until its
     * JIT compilers settle ({@link RegisterLoop#SETTLE}). Its warm-up models grow as large as the
     * largest timed model, on registries shaped as the timed one is. So the timed registrations
     * run code compiled for what they meet, as in a writer that has registered into that registry
     * for a while, and no writer's compiling takes the cores from the timed ones. Where the
     * writers share a registry, all but one hand their registrations over to the one that writes
     * for them during the warm-up already, and that one goes on doing so when timed, as a process
     * that has served the registry for a while does.
     */
    WriterRound(Path seed, Path directory, List<String> jvmOptions, int largestModel) {
        this.seed = seed;
        this.directory = directory;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.largestModel = largestModel;
    }

    /**
     * Runs the round {@code name}: one writer per target, each registering {@code perWriter}
     * patch versions of its model, all starting together once every writer is ready. Fails if a
     * writer fails.
     */
    RoundResult run(String name, List<WriterTarget> targets, int perWriter) throws IOException, InterruptedException {
        Path gate = directory.resolve(name + ".gate");
        Path warmup = directory.resolve("warmup-" + name + ".git");
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(List.of("-D" + RegisterLoop.GATE + "=" + gate, "-D" + RegisterLoop.WARMUP + "=" + warmup,
                "-D" + RegisterLoop.WARMUPS + "=" + WARMUP_ROUNDS * largestModel, "-D" + RegisterLoop.SETTLE + "=true",
                "-D" + RegisterLoop.WARMUP_ALONE + "=true", "-D" + RegisterLoop.WARMUP_THREADS + "=" + THREADS_ALONE,
                "-D" + RegisterLoop.WARMUP_VERSIONS + "=" + largestModel, "-D" + RegisterLoop.WARMUP_IN_PLACE + "=true"));
        WriterProcesses writers = new WriterProcesses(options.toArray(String[]::new));
        List<Path> logs = new ArrayList<>();
        for (int p = 0; p < targets.size(); p++) {
            String writer = name + "-w" + p;
            Directories.copy(seed, Path.of(warmup + "-" + writer));
            Path log = directory.resolve(writer + ".log");
            logs.add(log);
            WriterTarget target = targets.get(p);
            writers.start(log, target.registry().toString(), target.model(), Integer.toString(perWriter), writer);
        }
        writers.awaitPrinted(RegisterLoop.READY);
        Collection<Path> registries = targets.stream().map(WriterTarget::registry).distinct().toList();
        int commitsBefore = sum(registries, WriterRound::commits);
        int lostBefore = sum(registries, WriterRound::lostRaces);
        long started = System.nanoTime();
        Files.createFile(gate);
        writers.awaitSuccess();
        long nanos = System.nanoTime() - started;
        return new RoundResult(targets, logs, perWriter, nanos, sum(registries, WriterRound::commits) - commitsBefore,
                sum(registries, WriterRound::lostRaces) - lostBefore);
    }

    private static int sum(Collection<Path> registries, ToIntFunction<Path> count) {
        return registries.stream().mapToInt(count).sum();
    }

    /** The number of commits on the branch of {@code registry}. */
    private static int commits(Path registry) {
        return Integer.parseInt(new GitCli(registry).run("rev-list", "--count", "main").strip());
    }

    /** The number of commits in {@code registry} that no ref reaches: each is an attempt that lost the race for the branch. */
    private static int lostRaces(Path registry) {
        return (int) new GitCli(registry).run("fsck", "--unreachable", "--no-reflogs", "--no-progress").lines()
                .filter(line -> line.startsWith("unreachable commit ")).count();
    }
}
