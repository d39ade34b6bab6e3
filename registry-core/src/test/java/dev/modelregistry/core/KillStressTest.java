package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.git.RetryPolicy;
import dev.modelregistry.core.query.SearchQuery;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.LockHolder;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.RegistryInvariants;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.StressScale;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * {@code kill -9} at random points (docs/reliability.md, items 2 and 4): writer processes are
 * killed while they register, and after every kill the registry is exactly in a state before or
 * after a write, {@code git fsck --full --strict} is clean, and the next write succeeds on its
 * own within 30 s. A re-run CI registration, killed or not, makes one version. A lock left by a
 * killed process is recovered and reported; a live one is never taken. Kill points come from a
 * seeded random (system property {@code modelregistry.seed}), printed in every failure.
 */
class KillStressTest {

    private static final int KILLS = StressScale.count(4, 100);
    private static final int CI_RUNS = StressScale.count(4, 10);
    private static final int CI_RUNS_KILLED = StressScale.count(2, 5);
    /** The bound on the first write after a crash. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);
    private static final int KILL_WINDOW_MS = 1500;
    private static final long SEED = Long.getLong("modelregistry.seed", System.nanoTime());

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final WriterProcesses writers = new WriterProcesses();
    private final List<Path> logs = new ArrayList<>();

    @Test
    void aKilledRegistrationLoopLeavesTheRegistryBeforeOrAfterAWriteAndTheNextWriteSucceeds() throws Exception {
        Path registry = dir.resolve("registry");
        TestRegistries registries = new TestRegistries();
        List<RegistryInvariants.Claim> claims = new ArrayList<>();
        Duration longest = Duration.ZERO;
        int landedBeforeKill = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            String where = "kill " + kill + " of seed " + SEED;
            int before = claims.size();
            killAtRandom(registry, "churn", "1000000", "loop" + kill);
            claims.addAll(RegistryInvariants.claims(List.of(logs.get(logs.size() - 1))));
            landedBeforeKill += claims.size() - before;
            assertEquals(List.of(), RegistryInvariants.violations(registry, "churn", claims), where);
            long start = System.nanoTime();
            try (ModelRegistry next = registries.open(registry)) {
                claims.add(claim(next.register(Samples.request("churn", "after-" + kill)
                        .bump(Bump.PATCH).build())));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            longest = took.compareTo(longest) > 0 ? took : longest;
            assertTrue(took.compareTo(RECOVERY_BOUND) < 0, where + ": the next write took " + took);
            assertEquals(List.of(), RegistryInvariants.violations(registry, "churn", claims), where);
            assertEquals(List.of(), locksUnder(registry), where);
        }
        long recovered = registries.events.stream().filter(e -> e instanceof RegistryEvent.StaleLockRemoved).count();
        System.out.println("kill -9: " + KILLS + " kills (seed " + SEED + "), " + landedBeforeKill
                + " registrations landed between kills, " + recovered + " stale locks recovered, longest next write "
                + longest.toMillis() + " ms, fsck clean after every kill");
    }

    @Test
    void aCiRegistrationRunAgainAfterKillsMakesExactlyOneVersion() throws Exception {
        Path registry = dir.resolve("registry");
        List<Integer> runs = new ArrayList<>();
        for (int run = 0; run < CI_RUNS; run++) {
            runs.add(run);
        }
        Collections.shuffle(runs, random);
        List<Integer> killed = runs.subList(0, CI_RUNS_KILLED);
        int killedMidway = 0;
        for (int run = 0; run < CI_RUNS; run++) {
            String where = "run " + run + " of seed " + SEED;
            if (killed.contains(run)) {
                killedMidway += killAtRandom(registry, "churn", "1", "ci-build-8812") ? 1 : 0;
            } else {
                writers.start(logFor("ci" + run), registry.toString(), "churn", "1", "ci-build-8812");
                writers.awaitSuccess();
            }
            List<RegistryInvariants.Claim> claims = RegistryInvariants.claims(logs);
            assertEquals(List.of(), RegistryInvariants.violations(registry, "churn", claims), where);
            assertTrue(claims.stream().distinct().count() <= 1, where + ": every run got the same version: " + claims);
        }
        try (ModelRegistry reader = new TestRegistries().open(registry)) {
            assertEquals(1, reader.search(SearchQuery.all()).size());
        }
        assertEquals("1", new GitCli(registry).run("rev-list", "--count", "main").strip());
        System.out.println("idempotent retry: " + CI_RUNS + " runs of one CI registration, " + killed.size()
                + " killed (" + killedMidway + " while running; seed " + SEED + "): 1 version, 1 commit");
    }

    @Test
    void aLockOfALiveProcessIsNeverTakenAndOneLeftByAKilledProcessIsRecovered() throws Exception {
        Path registry = dir.resolve("registry");
        TestRegistries registries = new TestRegistries();
        try (ModelRegistry seed = registries.open(registry)) {
            seed.register(Samples.request("churn", "seed").build());
        }
        String head = new GitCli(registry).run("rev-parse", "main");
        Process holder = writers.startAndAwait(LockHolder.class, LockHolder.LOCKED, dir.resolve("holder.log"),
                registry.toString(), "main");
        RetryPolicy impatient = new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(300),
                RetryPolicy.MIN_STALE_LOCK_AGE.multipliedBy(5));
        try (ModelRegistry blocked = ModelRegistry.open(registry, registries.options().withRetry(impatient))) {
            RegistryInternalException refused = assertThrows(RegistryInternalException.class,
                    () -> blocked.register(Samples.request("churn", "blocked").build()));
            assertTrue(refused.getMessage().contains("locked by another writer"), refused.getMessage());
        }
        Path lock = registry.resolve("refs/heads/main.lock");
        assertTrue(Files.exists(lock), "the live lock was not taken");
        assertEquals(head, new GitCli(registry).run("rev-parse", "main"));
        assertTrue(writers.kill(holder));
        RetryPolicy retry = StressScale.full() ? RetryPolicy.DEFAULT : new RetryPolicy(RetryPolicy.DEFAULT.firstPause(),
                RetryPolicy.DEFAULT.maxPause(), RetryPolicy.DEFAULT.maxTotalWait(), RetryPolicy.MIN_STALE_LOCK_AGE);
        long start = System.nanoTime();
        try (ModelRegistry next = ModelRegistry.open(registry, registries.options().withRetry(retry))) {
            assertTrue(next.register(Samples.request("churn", "after").build()).created());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(RECOVERY_BOUND) < 0, "the write after the kill took " + took);
        assertTrue(registries.events.stream().anyMatch(e -> e instanceof RegistryEvent.StaleLockRemoved s
                && s.lockFile().equals(lock)), "the recovery was reported: " + registries.events);
        assertFalse(Files.exists(lock));
        new GitCli(registry).run("fsck", "--full", "--strict");
        System.out.println("stale lock of a killed process (stale after " + retry.staleLockAge().toSeconds()
                + " s) recovered by the next write in " + took.toMillis() + " ms");
    }

    /**
     * Starts a {@link RegisterLoop} writer and kills it at a random moment of its registrations (up to
     * {@link #KILL_WINDOW_MS} after it opened the registry); true when it was still running.
     */
    private boolean killAtRandom(Path registry, String model, String count, String writer) throws InterruptedException {
        Process process = writers.startAndAwait(RegisterLoop.class, RegisterLoop.REGISTERING,
                logFor(writer + "-" + logs.size()), registry.toString(), model, count, writer);
        process.waitFor(random.nextInt(KILL_WINDOW_MS), TimeUnit.MILLISECONDS);
        return writers.kill(process);
    }

    private Path logFor(String name) {
        Path log = dir.resolve(name + ".log");
        logs.add(log);
        return log;
    }

    private static RegistryInvariants.Claim claim(RegistrationResult result) {
        return new RegistryInvariants.Claim(result.card().version().toString(), result.card().artifact().sha256());
    }

    private static List<Path> locksUnder(Path registry) throws IOException {
        try (var files = Files.walk(registry)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".lock")).toList();
        }
    }
}
