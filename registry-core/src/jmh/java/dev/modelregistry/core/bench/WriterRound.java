package dev.modelregistry.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * Runs rounds of writer processes ({@link RegisterLoop}, each its own JVM) that register versions
 * into one local registry at once. Every writer first warms up on a second registry and waits at a
 * gate file; the round's time runs from the gate opening to the last writer's exit. The writers'
 * logs, with every version each was told it got and every registration's time, stay in the
 * round's directory.
 */
final class WriterRound {

    private final Path registry;
    private final Path warmup;
    private final Path directory;

    /**
     * Rounds that write to {@code registry}, warm up on the existing registry {@code warmup}, and
     * keep their gate files and logs in {@code directory}.
     */
    WriterRound(Path registry, Path warmup, Path directory) {
        this.registry = registry;
        this.warmup = warmup;
        this.directory = directory;
    }

    /**
     * Runs the round {@code name}: one writer per entry of {@code models}, each registering
     * {@code perWriter} patch versions of that model, all starting together once every writer is
     * ready. Fails if a writer fails.
     */
    RoundResult run(String name, List<String> models, int perWriter) throws IOException, InterruptedException {
        Path gate = directory.resolve(name + ".gate");
        WriterProcesses writers = new WriterProcesses("-D" + RegisterLoop.GATE + "=" + gate,
                "-D" + RegisterLoop.WARMUP + "=" + warmup);
        List<Path> logs = new ArrayList<>();
        for (int p = 0; p < models.size(); p++) {
            String writer = name + "-w" + p;
            Path log = directory.resolve(writer + ".log");
            logs.add(log);
            writers.start(log, registry.toString(), models.get(p), Integer.toString(perWriter), writer);
        }
        writers.awaitPrinted(RegisterLoop.READY);
        int commitsBefore = commits();
        int lostBefore = lostRaces();
        long started = System.nanoTime();
        Files.createFile(gate);
        writers.awaitSuccess();
        long nanos = System.nanoTime() - started;
        return new RoundResult(models, logs, perWriter, nanos, commits() - commitsBefore, lostRaces() - lostBefore);
    }

    /** The number of commits on the registry's branch. */
    private int commits() {
        return Integer.parseInt(new GitCli(registry).run("rev-list", "--count", "main").strip());
    }

    /** The number of commits that no ref reaches: each is an attempt that lost the race for the branch. */
    private int lostRaces() {
        return (int) new GitCli(registry).run("fsck", "--unreachable", "--no-reflogs", "--no-progress").lines()
                .filter(line -> line.startsWith("unreachable commit ")).count();
    }
}
