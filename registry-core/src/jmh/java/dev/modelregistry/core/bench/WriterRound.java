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
 * into local registries at once. Every writer first warms up on a separate registry and
 * waits at a gate file; the round's time runs from the gate opening to the last writer's exit. The
 * writers' logs, with every version each was told it got and every registration's time, stay in
 * the round's directory.
 */
final class WriterRound {

    private final Path warmup;
    /**
     * How many versions each writer registers, before the gate opens, at least on a warm-up
     * registry of its own and then on the warm-up registry all the round's writers share; on each
     * it then goes on until its JIT compilers settle ({@link RegisterLoop#SETTLE}), so that the
     * timed registrations run compiled code in every writer, as they do in a writer that has
     * registered for a while, and no writer's compiling takes the cores from the timed ones. Alone
     * a writer runs the write path of a process that writes for itself; on the shared registry
     * all but one hand their registrations over to the one that writes for them, as they do in a
     * registry they share (see {@link RegisterLoop#WARMUP_ALONE}).
     */
    private static final int WARMUPS = 50;

    private final Path directory;
    private final List<String> jvmOptions;

    /**
     * Rounds whose writers warm up on the existing registry {@code warmup}, keep their gate files
     * and logs in {@code directory} and start with {@code jvmOptions} as well.
     */
    WriterRound(Path warmup, Path directory, List<String> jvmOptions) {
        this.warmup = warmup;
        this.directory = directory;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * Runs the round {@code name}: one writer per target, each registering {@code perWriter}
     * patch versions of its model, all starting together once every writer is ready. Fails if a
     * writer fails.
     */
    RoundResult run(String name, List<WriterTarget> targets, int perWriter) throws IOException, InterruptedException {
        Path gate = directory.resolve(name + ".gate");
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(List.of("-D" + RegisterLoop.GATE + "=" + gate, "-D" + RegisterLoop.WARMUP + "=" + warmup,
                "-D" + RegisterLoop.WARMUPS + "=" + WARMUPS, "-D" + RegisterLoop.SETTLE + "=true",
                "-D" + RegisterLoop.WARMUP_ALONE + "=true"));
        WriterProcesses writers = new WriterProcesses(options.toArray(String[]::new));
        List<Path> logs = new ArrayList<>();
        for (int p = 0; p < targets.size(); p++) {
            String writer = name + "-w" + p;
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
