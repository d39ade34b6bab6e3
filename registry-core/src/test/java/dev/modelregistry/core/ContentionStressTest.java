package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.RegistryInvariants;
import dev.modelregistry.core.testing.StressScale;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * Same-model contention (docs/reliability.md, item 1): separate JVM processes register versions
 * of one model in one repository at once, and every registration lands as its own version with
 * no gap and no duplicate. The same checker, run against writers that force the branch instead
 * of compare-and-swap, reports lost updates: proof that it can see them.
 */
class ContentionStressTest {

    private static final int PROCESSES = StressScale.count(3, 8);
    private static final int REGISTRATIONS = StressScale.count(20, 200);

    @TempDir
    Path dir;

    @Test
    void processesRegisteringTheSameModelGetContiguousVersionsAndLoseNone() throws Exception {
        Path registry = dir.resolve("registry");
        long start = System.nanoTime();
        List<Path> logs = runWriters(registry, RegisterLoop.class);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        List<RegistryInvariants.Claim> claims =
                RegistryInvariants.assertAllLanded(registry, "churn", logs, PROCESSES * REGISTRATIONS);
        System.out.println("contention: " + PROCESSES + " processes x " + REGISTRATIONS + " registrations = "
                + claims.size() + " versions in " + seconds + " s, no gap, no duplicate, fsck clean");
    }

    @Test
    void theCheckerReportsTheLostUpdatesOfWritersThatForceTheBranch() throws Exception {
        Path registry = dir.resolve("registry");
        List<Path> logs = runWriters(registry, ForcedRefRegisterLoop.class);
        List<RegistryInvariants.Claim> claims = RegistryInvariants.claims(logs);
        List<String> violations = RegistryInvariants.violations(registry, "churn", claims);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("lost update")),
                "forced ref updates lose registrations, and the checker must say so: " + violations);
        System.out.println("forced-ref writers: " + claims.size() + " registrations claimed, "
                + violations.stream().filter(v -> v.startsWith("lost update")).count() + " lost updates reported");
    }

    private List<Path> runWriters(Path registry, Class<?> main) throws InterruptedException {
        try (ModelRegistry init = new TestRegistries().open(registry)) {
            init.policy();
        }
        WriterProcesses writers = new WriterProcesses();
        List<Path> logs = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            Path log = dir.resolve("w" + p + ".log");
            logs.add(log);
            writers.start(main, log, registry.toString(), "churn", Integer.toString(REGISTRATIONS), "w" + p);
        }
        writers.awaitSuccess();
        return logs;
    }
}
