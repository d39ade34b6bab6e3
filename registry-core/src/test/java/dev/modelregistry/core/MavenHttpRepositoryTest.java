package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.artifact.ArtifactCheck;
import dev.modelregistry.core.artifact.ArtifactIntegrityException;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.ArtifactStatus;
import dev.modelregistry.core.artifact.ArtifactTransferException;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.RepositoryCredentials;
import dev.modelregistry.core.artifact.StoreKind;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.ArtifactFiles;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.MavenRepositoryFiles;
import dev.modelregistry.core.testing.StoredModels;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WebDavServer;

/**
 * Model files deployed to and fetched from an HTTP Maven repository: a real Apache Tomcat serving
 * WebDAV behind basic authentication on 127.0.0.1. The configured repository may be local and
 * plain http; that freedom is the configuration's, never a card's.
 */
class MavenHttpRepositoryTest {

    private static final String USER = "deployer";
    private static final String PASSWORD = "s3cret-Pa55word";
    private static final String CHURN = "com/example/models/churn/";

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();
    private WebDavServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = WebDavServer.startWithRewrites(dir.resolve("served"), dir.resolve("tomcat"), USER, PASSWORD,
                "RewriteRule ^/old/(.*)$ /repo/$1 [R=302,L]");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private ModelRegistry open(String url, RepositoryCredentials credentials) {
        MavenRepository maven = MavenRepository.at(url).withGroupId("com.example.models").withServerId("models-repo");
        return ModelRegistry.openOrInit(dir.resolve("registry"), registries.options().withArtifacts(ArtifactOptions.DEFAULT
                .withCacheDirectory(dir.resolve("cache")).withStore(StoreKind.MAVEN).withRepository(maven)
                .withCredentials(credentials)));
    }

    private ModelRegistry open() {
        return open(server.repositoryUrl().toString(), RepositoryCredentials.basic(USER, PASSWORD));
    }


    @Test
    void deploysWithCredentialsAndFetchesThroughTheCache() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), 400_009, 1);
        try (ModelRegistry registry = open()) {
            Artifact artifact = StoredModels.register(registry, "churn@1.0.0", model);
            assertEquals("maven:com.example.models:churn:1.0.0:onnx", artifact.uri());
            StoredModels.register(registry, "churn@1.1.0",
                    ArtifactFiles.generate(dir.resolve("model2.onnx"), 3_000, 2));
            MavenRepositoryFiles.assertDeployed(dir.resolve("served"), "com/example/models", "churn", "onnx",
                    List.of("1.0.0", "1.1.0"));
            assertArrayEquals(Files.readAllBytes(model),
                    Files.readAllBytes(dir.resolve("served/" + CHURN + "1.0.0/churn-1.0.0.onnx")));

            ModelReference reference = ModelReference.parse("churn@1.0.0");
            assertFalse(registry.fetch(reference, dir.resolve("out/a.onnx")).fromCache());
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(dir.resolve("out/a.onnx")));
            int requests = server.requests().size();
            assertTrue(registry.fetch(reference, dir.resolve("out/b.onnx")).fromCache());
            assertEquals(requests, server.requests().size(), "a cached artifact needs no request");
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(server.requests().stream().allMatch(r -> r.authorization().equals(basic)), server.requests()
                .toString());
        assertTrue(server.requests().stream().anyMatch(r -> r.method().equals("MKCOL")), "WebDAV collections were made");
        List<String> seen = new ArrayList<>(registries.events.stream().map(Object::toString).toList());
        seen.add(new GitCli(dir.resolve("registry")).run("log", "-p", "main"));
        seen.add(ArtifactOptions.DEFAULT.withCredentials(RepositoryCredentials.basic(USER, PASSWORD)).toString());
        for (String text : seen) {
            assertFalse(text.contains(PASSWORD) || text.contains(basic.substring(6)), text);
        }
    }

    @Test
    void aRefusedLoginIsAUsageErrorThatNeverShowsTheSecret() {
        try (ModelRegistry registry = open(server.repositoryUrl().toString(),
                RepositoryCredentials.basic(USER, "wrong-Secret"))) {
            RegistryUsageException refused = assertThrows(RegistryUsageException.class, () -> registry.storeArtifact(
                    VersionId.parse("churn@1.0.0"), ArtifactFiles.generate(dir.resolve("m.onnx"), 100, 3), "onnx"));
            assertEquals(Input.REGISTRY, refused.input());
            assertTrue(refused.getMessage().contains("refused access (HTTP 401"), refused.getMessage());
            assertTrue(refused.getMessage().contains("with basic authentication as deployer; check the credentials"
                    + " of server \"models-repo\""), refused.getMessage());
            assertFalse(refused.getMessage().contains("wrong-Secret"), refused.getMessage());
        }
        assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("served")));
    }

    @Test
    void refusesTamperedFilesAndTellsThemApartFromTransferErrors() throws Exception {
        try (ModelRegistry registry = open()) {
            StoredModels.register(registry, "churn@1.0.0", ArtifactFiles.generate(dir.resolve("a.onnx"), 90_000, 4));
            StoredModels.register(registry, "churn@1.1.0", ArtifactFiles.generate(dir.resolve("b.onnx"), 90_000, 5));
            ArtifactFiles.flipByte(dir.resolve("served/" + CHURN + "1.0.0/churn-1.0.0.onnx"), 80_000);
            assertThrows(ArtifactIntegrityException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.0.0"), dir.resolve("out/m.onnx")));
            assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("out")));

            server.close();
            ArtifactTransferException down = assertThrows(ArtifactTransferException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.1.0"), dir.resolve("out/m.onnx")));
            assertTrue(down.getMessage().startsWith("Cannot fetch the artifact of churn@1.1.0 from"
                    + " maven:com.example.models:churn:1.1.0:onnx"), down.getMessage());
            assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("out")));
            List<ArtifactCheck> checks = registry.verifyArtifacts(List.of()).checks();
            assertEquals(List.of(ArtifactStatus.UNCHECKED, ArtifactStatus.UNCHECKED),
                    checks.stream().map(ArtifactCheck::status).toList());
        }
    }

    @Test
    void followsARedirectWithinTheRepositorysOriginWithCredentials() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), 10_000, 6);
        try (ModelRegistry registry = open()) {
            StoredModels.register(registry, "churn@1.0.0", model);
        }
        try (ModelRegistry moved = open("http://127.0.0.1:" + server.port() + "/old/",
                RepositoryCredentials.basic(USER, PASSWORD))) {
            moved.fetch(ModelReference.parse("churn@1.0.0"), dir.resolve("out/m.onnx"));
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(dir.resolve("out/m.onnx")));
            assertTrue(moved.verifyArtifacts(List.of()).allOk());
        }
        List<String> gets = server.requests().stream().filter(r -> r.method().equals("GET"))
                .map(WebDavServer.Received::path).toList();
        assertTrue(gets.contains("/old/" + CHURN + "1.0.0/churn-1.0.0.onnx")
                && gets.contains("/repo/" + CHURN + "1.0.0/churn-1.0.0.onnx"), gets.toString());
    }
}
