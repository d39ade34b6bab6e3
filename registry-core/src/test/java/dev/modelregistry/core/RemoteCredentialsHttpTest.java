package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.RemoteAccessException;
import dev.modelregistry.core.remote.RemoteCredentials;
import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.GitHttpServer;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/** Credentials reach a real smart-HTTP Git server (git http-backend behind Tomcat's basic authentication), and no message shows them. */
class RemoteCredentialsHttpTest {

    private static final String PASSWORD = "c0rrect-h0rse";

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();
    private BareRemote remote;
    private GitHttpServer server;

    @BeforeEach
    void serve() throws Exception {
        remote = BareRemote.create(dir.resolve("served/registry.git"));
        server = GitHttpServer.start(dir.resolve("served"), dir.resolve("server"), "alice", PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ModelRegistry open(RemoteCredentials credentials) {
        RegistryOptions options = registries.cachedIn(dir.resolve("cache"));
        return ModelRegistry.open(RegistryLocation.parse(server.url("registry.git")),
                options.withRemote(options.remote().withCredentials(credentials)));
    }

    @Test
    void aUserNameAndPasswordFetchAndPush() {
        try (ModelRegistry registry = open(RemoteCredentials.password("alice", PASSWORD))) {
            assertTrue(registry.listModels().isEmpty());
            registry.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
        }
        assertEquals(List.of("Alice Analyst Register churn 0.0.1"),
                remote.git().run("log", "--format=%an %s", "main").lines().toList());
    }

    @Test
    void credentialsFromTheEnvironmentWork() {
        RemoteCredentials fromEnvironment = RemoteCredentials.fromEnvironment(Map.of(
                RemoteCredentials.USERNAME_VARIABLE, "alice", RemoteCredentials.TOKEN_VARIABLE, PASSWORD));
        try (ModelRegistry registry = open(fromEnvironment)) {
            registry.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
        }
        assertEquals("1", remote.git().run("rev-list", "--count", "main").strip());
    }

    @Test
    void missingOrWrongCredentialsAreATypedErrorThatShowsNoSecret() {
        try (ModelRegistry anonymous = open(RemoteCredentials.NONE)) {
            RemoteAccessException error = assertThrows(RemoteAccessException.class, anonymous::listModels);
            assertTrue(error.getMessage().startsWith("Cannot fetch main of the registry " + server.url("registry.git")
                    + " (with no credentials): "), error.getMessage());
            assertTrue(error.getMessage().contains("MODEL_REGISTRY_TOKEN"), error.getMessage());
        }
        try (ModelRegistry wrong = open(RemoteCredentials.password("alice", "wr0ng-battery"))) {
            RemoteAccessException error = assertThrows(RemoteAccessException.class,
                    () -> wrong.register(Samples.request("churn", "1").build()));
            assertTrue(error.getMessage().contains("(with user name and password of alice)"), error.getMessage());
            assertFalse(error.getMessage().contains("wr0ng-battery"), error.getMessage());
        }
        String url = server.url("registry.git").replace("http://", "http://alice:" + PASSWORD + "@");
        try (ModelRegistry inUrl = ModelRegistry.open(RegistryLocation.parse(url), registries.cachedIn(dir.resolve("c2")))) {
            inUrl.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
            assertTrue(registries.events.stream().map(Object::toString).noneMatch(event -> event.contains(PASSWORD)),
                    "events show the remote without its credentials");
        }
        assertEquals("1", remote.git().run("rev-list", "--count", "main").strip());
    }
}
