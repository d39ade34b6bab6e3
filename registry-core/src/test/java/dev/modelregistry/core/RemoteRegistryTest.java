package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.git.RetryPolicy;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.RemoteAccessException;
import dev.modelregistry.core.remote.RemoteRejectedException;
import dev.modelregistry.core.remote.RemoteUrl;
import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.GitDaemon;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/** A registry shared through a remote Git repository: bare repositories over file:// and a real git daemon. */
class RemoteRegistryTest {

    private static final Actor BOB = new Actor("Bob Builder", "bob@example.com");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private static RegisterRequest patch(String seed) {
        return Samples.request("churn", seed).bump(Bump.PATCH).build();
    }

    private ModelRegistry alice(String url) {
        return ModelRegistry.open(RegistryLocation.parse(url), registries.cachedIn(dir.resolve("alice-cache")));
    }

    private ModelRegistry bob(String url) {
        return ModelRegistry.open(RegistryLocation.parse(url),
                registries.cachedIn(dir.resolve("bob-cache")).withActor(BOB));
    }

    @Test
    void aBranchLockedOnTheRemoteIsWaitedForAsALockAndTheWriteGivesUpWithNothingWritten() throws Exception {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        try (ModelRegistry alice = alice(remote.fileUrl())) {
            alice.register(patch("a1"));
        }
        String head = remote.head();
        Path lock = dir.resolve("remote.git/refs/heads/main.lock");
        Files.writeString(lock, "");
        RetryPolicy slowLockBackoff = new RetryPolicy(Duration.ofMillis(200), Duration.ofMillis(200),
                Duration.ofSeconds(1), RetryPolicy.MIN_STALE_LOCK_AGE.multipliedBy(60));
        try (ModelRegistry bob = ModelRegistry.open(RegistryLocation.parse(remote.fileUrl()),
                registries.cachedIn(dir.resolve("bob-cache")).withActor(BOB).withRetry(slowLockBackoff))) {
            RegistryInternalException gaveUp = assertThrows(RegistryInternalException.class,
                    () -> bob.register(patch("b1")));
            assertTrue(gaveUp.getMessage().startsWith("Gave up on register"), gaveUp.getMessage());
            assertTrue(gaveUp.getMessage().contains("stayed locked") && gaveUp.getMessage().contains("lock"),
                    gaveUp.getMessage());
            List<RegistryEvent.Retrying> retries = registries.events.stream()
                    .filter(RegistryEvent.Retrying.class::isInstance).map(RegistryEvent.Retrying.class::cast).toList();
            assertTrue(retries.size() >= 2, retries.toString());
            assertTrue(retries.size() < 16, "a locked branch is waited for with the lock backoff (pauses of up to"
                    + " 200 ms in 1 s), not retried as a lost race at once: " + retries.size() + " retries");
            assertEquals(head, remote.head(), "nothing was written");
            Files.delete(lock);
            assertEquals("0.0.2", bob.register(patch("b1")).card().version().toString());
        }
    }

    @Test
    void twoClonesRegisterAndPromoteThroughOneRemote() {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        try (ModelRegistry alice = alice(remote.fileUrl()); ModelRegistry bob = bob(remote.fileUrl())) {
            assertTrue(alice.listModels().isEmpty());
            RegistrationResult registered = alice.register(patch("a1"));
            assertEquals(remote.head(), registered.commitId().orElseThrow());
            ModelCard seen = bob.get(ModelReference.parse("churn@latest"));
            assertEquals("0.0.1", seen.version().toString());
            TransitionResult promoted = bob.transition(new TransitionRequest(ModelReference.parse("churn@0.0.1"),
                    StageName.of("staging"), "offline evaluation passed"));
            assertEquals(remote.head(), promoted.commitId().orElseThrow());
            assertEquals("staging", alice.get(ModelReference.parse("churn@0.0.1")).stage().value());
            assertEquals("0.0.2", alice.register(patch("a2")).card().version().toString());
        }
        assertEquals(List.of("Alice Analyst Register churn 0.0.2", "Bob Builder Promote churn 0.0.1 to staging",
                "Alice Analyst Register churn 0.0.1"),
                remote.git().run("log", "--format=%an %s", "main").lines().toList());
        remote.git().run("fsck", "--full", "--strict");
        Path aliceCache = registries.cachedIn(dir.resolve("alice-cache")).remote()
                .cacheDirectoryFor(RemoteUrl.parse(remote.fileUrl()));
        assertTrue(aliceCache.startsWith(dir.resolve("alice-cache")), aliceCache.toString());
        GitCli cache = new GitCli(aliceCache);
        assertEquals("true", cache.run("rev-parse", "--is-bare-repository").strip());
        assertEquals(remote.head(), cache.run("rev-parse", "main").strip());
        assertFalse(cache.run("config", "--list").contains(remote.fileUrl()), "the cache stores no remote settings");
    }

    @Test
    void aWriterThatLostTheRaceRunsItsWholeOperationAgainOnTheNewHead() {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        AtomicBoolean interrupt = new AtomicBoolean();
        try (ModelRegistry bob = bob(remote.fileUrl());
             ModelRegistry alice = ModelRegistry.open(RegistryLocation.parse(remote.fileUrl()),
                     registries.cachedIn(dir.resolve("alice-cache")).withListener(event -> {
                         registries.events.add(event);
                         if (event instanceof RegistryEvent.Fetched && interrupt.getAndSet(false)) {
                             bob.register(patch("b1"));
                         }
                     }))) {
            alice.register(patch("a1"));
            interrupt.set(true);
            RegistrationResult second = alice.register(patch("a2"));
            assertEquals("0.0.3", second.card().version().toString(), "planned again on Bob's 0.0.2");
        }
        assertTrue(registries.events.stream().anyMatch(event -> event instanceof RegistryEvent.Retrying retrying
                && retrying.cause().contains("another writer pushed to main of " + remote.fileUrl())),
                registries.events.toString());
        assertEquals(List.of("Alice Analyst Register churn 0.0.3", "Bob Builder Register churn 0.0.2",
                "Alice Analyst Register churn 0.0.1"),
                remote.git().run("log", "--format=%an %s", "main").lines().toList());
    }

    @Test
    void offlineReadsTheCacheAsLastFetchedAndRefusesWrites() {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        try (ModelRegistry alice = alice(remote.fileUrl()); ModelRegistry bob = bob(remote.fileUrl())) {
            alice.register(patch("a1"));
            bob.register(patch("b1"));
        }
        String head = remote.head();
        try (ModelRegistry offline = ModelRegistry.open(RegistryLocation.parse(remote.fileUrl()),
                registries.cachedIn(dir.resolve("alice-cache")).withOffline(true))) {
            assertEquals("0.0.1", offline.get(ModelReference.parse("churn@latest")).version().toString(),
                    "Bob's version was pushed after Alice's cache was last fetched");
            RegistryUsageException refused = assertThrows(RegistryUsageException.class,
                    () -> offline.register(patch("a2")));
            assertEquals(Input.REGISTRY, refused.input());
            assertEquals("Cannot register churn: the registry " + remote.fileUrl() + " is open offline, and a write"
                    + " must be pushed to it. Open it without offline mode to write.", refused.getMessage());
        }
        assertEquals(head, remote.head());
        RegistryUsageException noCache = assertThrows(RegistryUsageException.class,
                () -> ModelRegistry.open(RegistryLocation.parse(remote.fileUrl()),
                        registries.cachedIn(dir.resolve("carol-cache")).withOffline(true)));
        assertTrue(noCache.getMessage().startsWith("No local copy of the registry " + remote.fileUrl() + " at "),
                noCache.getMessage());
        assertTrue(noCache.getMessage().endsWith("Open it once online first."), noCache.getMessage());
    }

    @Test
    void aPushDeclinedByAHookFailsAtOnceWithItsMessageAndLeavesTheRemoteAsItWas() {
        Path served = dir.resolve("served");
        BareRemote remote = BareRemote.create(served.resolve("registry.git"));
        try (GitDaemon daemon = GitDaemon.serve(served); ModelRegistry alice = alice(daemon.url("registry.git"))) {
            alice.register(patch("a1"));
            String before = remote.head();
            remote.hook("pre-receive", "echo 'the registry is frozen for the audit' >&2; exit 1");
            RemoteRejectedException rejected = assertThrows(RemoteRejectedException.class,
                    () -> alice.register(patch("a2")));
            assertEquals(Input.REGISTRY, rejected.input());
            assertEquals(daemon.url("registry.git"), rejected.remote());
            assertEquals("pre-receive hook declined", rejected.reason());
            assertEquals("The registry " + daemon.url("registry.git") + " refused the push to main: pre-receive hook"
                    + " declined. It said: the registry is frozen for the audit. Nothing was written. Fix what the"
                    + " remote names, or ask its administrators for access.", rejected.getMessage());
            assertEquals(before, remote.head());
            assertTrue(registries.events.stream().noneMatch(RegistryEvent.Retrying.class::isInstance),
                    "a declined push is not retried");
            remote.removeHook("pre-receive");
            assertEquals("0.0.2", alice.register(patch("a2")).card().version().toString());
        }
        assertEquals("2", remote.git().run("rev-list", "--count", "main").strip());
    }

    @Test
    void anUnreachableRemoteIsATypedErrorThatShowsNoCredentials() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "https://alice:s3cret-passw0rd@127.0.0.1:" + closedPort + "/acme/registry.git";
        try (ModelRegistry registry = ModelRegistry.open(RegistryLocation.parse(url),
                registries.cachedIn(dir.resolve("cache")))) {
            RemoteAccessException error = assertThrows(RemoteAccessException.class, registry::listModels);
            assertEquals(Input.REGISTRY, error.input());
            assertTrue(error.getMessage().startsWith("Cannot fetch main of the registry https://127.0.0.1:" + closedPort
                    + "/acme/registry.git (with no credentials): "), error.getMessage());
            assertFalse(error.getMessage().contains("s3cret-passw0rd"), error.getMessage());
            assertFalse(error.getMessage().contains("alice"), error.getMessage());
        }
        try (var files = Files.walk(dir.resolve("cache"))) {
            assertTrue(files.filter(Files::isRegularFile).noneMatch(file -> contains(file, "s3cret-passw0rd")),
                    "the cache holds no credentials");
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
