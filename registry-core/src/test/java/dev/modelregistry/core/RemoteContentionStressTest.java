package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.GitDaemon;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.RegistryInvariants;
import dev.modelregistry.core.testing.StressScale;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * Shared remote (docs/reliability.md, item 3): writer processes, each with its own cache clone,
 * register versions of one model and push them to one remote served by a real {@code git daemon}.
 * Every registration lands as its own version, with no gap and no duplicate, and no writer
 * starves: at the full counts, the longest time any registration took is at most 5 times the
 * median.
 */
class RemoteContentionStressTest {

    private static final int PROCESSES = StressScale.count(4, 8);
    private static final int REGISTRATIONS = StressScale.count(15, 50);
    /**
     * The longest registration may take at most this many times the median one: 5 at the full
     * counts; the 60 registrations of the reduced run are a small sample, so it allows 8 there.
     */
    private static final int MAX_TO_MEDIAN = StressScale.count(8, 5);

    @TempDir
    Path dir;

    @Test
    void writersPushingToOneRemoteLoseNothingAndNoneStarves() throws Exception {
        Path served = dir.resolve("served");
        Path remote = served.resolve("registry.git");
        BareRemote.create(remote);
        BareRemote.create(served.resolve("warmup.git"));
        Path gate = dir.resolve("start");
        List<Path> logs = new ArrayList<>();
        long started;
        try (GitDaemon daemon = GitDaemon.serve(served)) {
            WriterProcesses writers = new WriterProcesses("-D" + RegisterLoop.GATE + "=" + gate,
                    "-D" + RegisterLoop.WARMUP + "=" + daemon.url("warmup.git"));
            for (int p = 0; p < PROCESSES; p++) {
                Path log = dir.resolve("w" + p + ".log");
                logs.add(log);
                writers.start(log, daemon.url("registry.git"), "churn", Integer.toString(REGISTRATIONS), "w" + p,
                        dir.resolve("cache-w" + p).toString());
            }
            writers.awaitPrinted(RegisterLoop.READY);
            started = System.nanoTime();
            Files.createFile(gate);
            writers.awaitSuccess();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        List<RegistryInvariants.Claim> claims =
                RegistryInvariants.assertAllLanded(remote, "churn", logs, PROCESSES * REGISTRATIONS);

        for (Path log : logs) {
            System.out.println(log.getFileName() + " registration times (ms, in order): " + RegisterLoop.waits(List.of(log)));
        }
        List<Double> waits = RegisterLoop.waits(logs).stream().sorted().toList();
        double median = waits.get(waits.size() / 2);
        double longest = waits.get(waits.size() - 1);
        System.out.println("shared remote: " + PROCESSES + " processes x " + REGISTRATIONS + " registrations = "
                + claims.size() + " versions in " + seconds + " s; registration median " + median + " ms, p90 "
                + waits.get(waits.size() * 9 / 10) + " ms, longest " + longest + " ms ("
                + String.format("%.1f", longest / median) + " x median); no gap, no duplicate, fsck clean");
        assertTrue(longest <= MAX_TO_MEDIAN * median, "a writer starved: its longest registration took " + longest
                + " ms, more than " + MAX_TO_MEDIAN + " times the median of " + median + " ms");
    }
}
