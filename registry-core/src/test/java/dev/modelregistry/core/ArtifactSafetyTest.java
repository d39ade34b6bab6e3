package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.artifact.ArtifactCheck;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.ArtifactStatus;
import dev.modelregistry.core.artifact.ArtifactTransferException;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.RepositoryCredentials;
import dev.modelregistry.core.artifact.UnsafeArtifactUriException;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.ArtifactFiles;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WebDavServer;

/**
 * What a card may make the registry read: only its own stores and real remote https servers.
 * Two real Tomcats listen on 127.0.0.1: the configured repository (which may be local, being
 * configuration) and a bait server that must never receive a request a card or a redirect asked for.
 */
class ArtifactSafetyTest {

    private static final String USER = "deployer";
    private static final String PASSWORD = "s3cret-Pa55word";

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();
    private WebDavServer bait;
    private WebDavServer repository;

    @BeforeEach
    void startServers() throws Exception {
        bait = WebDavServer.start(dir.resolve("bait"), dir.resolve("tomcat-bait"), USER, PASSWORD);
        ArtifactFiles.generate(dir.resolve("bait/secret.bin"), 100, 1);
        int port = bait.port();
        repository = WebDavServer.startWithRewrites(dir.resolve("served"), dir.resolve("tomcat-repo"), USER, PASSWORD,
                "RewriteRule ^/repo/leak/http/(.*)$ http://127.0.0.1:" + port + "/repo/secret.bin [R=302,L]\n"
                        + "RewriteRule ^/repo/leak/localhost/(.*)$ https://localhost:" + port + "/repo/secret.bin [R=302,L]\n"
                        + "RewriteRule ^/repo/leak/userinfo/(.*)$ https://" + USER + ":" + PASSWORD
                        + "@example.com/secret.bin [R=302,L]\n"
                        + "RewriteRule ^/repo/leak/file/(.*)$ file:///etc/passwd [R=302,L]\n"
                        + "RewriteRule ^/repo/leak/loop/(.*)$ /repo/leak/pool/$1 [R=302,L]\n"
                        + "RewriteRule ^/repo/leak/pool/(.*)$ /repo/leak/loop/$1 [R=302,L]\n");
    }

    @AfterEach
    void stopServers() throws Exception {
        bait.close();
        repository.close();
    }

    private ModelRegistry open() {
        return ModelRegistry.openOrInit(dir.resolve("registry"), registries.options().withArtifacts(ArtifactOptions.DEFAULT
                .withCacheDirectory(dir.resolve("cache"))
                .withRepository(MavenRepository.at(repository.repositoryUrl().toString()))
                .withCredentials(RepositoryCredentials.basic(USER, PASSWORD))));
    }

    /** Registers churn@{@code version} with a card whose artifact URI is {@code uri}. */
    private static void registerCard(ModelRegistry registry, String version, String uri) {
        registry.register(RegisterRequest.builder(ModelName.of("churn"), new Artifact(uri, Samples.sha256(uri), 100, ""))
                .version(Version.parse(version)).build());
    }

    private void assertRefused(ModelRegistry registry, String version, String expectedInMessage) {
        UnsafeArtifactUriException refused = assertThrows(UnsafeArtifactUriException.class,
                () -> registry.fetch(ModelReference.parse("churn@" + version), dir.resolve("out/model.bin")));
        assertEquals(Input.ARTIFACT, refused.input());
        assertTrue(refused.getMessage().contains(expectedInMessage), refused.getMessage());
        assertFalse(refused.getMessage().contains(PASSWORD), refused.getMessage());
        assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("out")));
    }

    @Test
    void refusesCardUrisOutsideTheStoresBeforeSendingAnything() {
        int port = bait.port();
        List<String> uris = List.of(
                "file:///etc/passwd",
                "file://" + dir.resolve("bait/secret.bin"),
                "jar:file://" + dir.resolve("bait/x.jar") + "!/model.bin",
                "http://127.0.0.1:" + port + "/repo/secret.bin",
                "https://127.0.0.1:" + port + "/repo/secret.bin",
                "https://localhost:" + port + "/repo/secret.bin",
                "https://[::1]:" + port + "/repo/secret.bin",
                "https://0.0.0.0:" + port + "/repo/secret.bin",
                "https://169.254.169.254/latest/meta-data/",
                "https://" + USER + ":" + PASSWORD + "@example.com/secret.bin");
        List<String> reasons = List.of("only store:, maven: and https:", "only store:, maven: and https:",
                "only store:, maven: and https:", "only store:, maven: and https:", "resolves to 127.0.0.1",
                "resolves to 127.0.0.1", "resolves to 0:0:0:0:0:0:0:1", "resolves to 0.0.0.0",
                "resolves to 169.254.169.254", "carries credentials before its host");
        try (ModelRegistry registry = open()) {
            for (int i = 0; i < uris.size(); i++) {
                registerCard(registry, "1.0." + i, uris.get(i));
                assertRefused(registry, "1.0." + i, reasons.get(i));
            }
            List<ArtifactCheck> checks = registry.verifyArtifacts(List.of()).checks();
            assertEquals(uris.size(), checks.size());
            assertTrue(checks.stream().allMatch(c -> c.status() == ArtifactStatus.UNCHECKED), checks.toString());
            assertTrue(checks.stream().noneMatch(c -> c.toString().contains(PASSWORD)), checks.toString());
        }
        assertEquals(List.of(), bait.requests(), "a card never makes the registry call a local server");
        assertEquals(List.of(), repository.requests());
    }

    @Test
    void revalidatesEveryRedirectAndNeverFollowsOneToTheLocalMachine() {
        try (ModelRegistry registry = open()) {
            registerCard(registry, "1.0.0", "maven:leak.http:churn:1.0.0:bin");
            assertRefused(registry, "1.0.0", "must use https");
            registerCard(registry, "1.0.1", "maven:leak.localhost:churn:1.0.1:bin");
            assertRefused(registry, "1.0.1", "resolves to 127.0.0.1");
            registerCard(registry, "1.0.2", "maven:leak.userinfo:churn:1.0.2:bin");
            assertRefused(registry, "1.0.2", "carries credentials");
            registerCard(registry, "1.0.3", "maven:leak.file:churn:1.0.3:bin");
            assertRefused(registry, "1.0.3", "must use https");
            registerCard(registry, "1.0.4", "maven:leak.loop:churn:1.0.4:bin");
            ArtifactTransferException loop = assertThrows(ArtifactTransferException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.0.4"), dir.resolve("out/model.bin")));
            assertTrue(loop.getMessage().contains("more than 5 redirects"), loop.getMessage());
        }
        assertEquals(List.of(), bait.requests(), "no redirect reached the local machine");
        assertEquals(4 + 6, repository.requests().size(), "the repository was asked once per refused hop, "
                + "and 6 times for the loop: " + repository.requests());
    }

    @Test
    void recordsReferencesOnlyToAllowedHttpsAddresses() {
        try (ModelRegistry registry = open()) {
            String sha = Samples.sha256("model");
            Artifact artifact = registry.referenceArtifact(URI.create("https://93.184.216.34/models/churn.onnx"), sha,
                    5, "onnx");
            assertEquals(new Artifact("https://93.184.216.34/models/churn.onnx", sha, 5, "onnx"), artifact);
            for (String refused : List.of("http://93.184.216.34/m.onnx", "https://localhost/m.onnx",
                    "https://u:p@93.184.216.34/m.onnx", "file:///srv/models/m.onnx", "store:sha256/" + sha)) {
                assertThrows(UnsafeArtifactUriException.class,
                        () -> registry.referenceArtifact(URI.create(refused), sha, 5, "onnx"), refused);
            }
            UnsafeArtifactUriException signed = assertThrows(UnsafeArtifactUriException.class,
                    () -> registry.referenceArtifact(URI.create("https://93.184.216.34/m.onnx?X-Amz-Signature=s3cr3t"),
                            sha, 5, "onnx"));
            assertTrue(signed.getMessage().contains("has a query"), signed.getMessage());
            assertFalse(signed.getMessage().contains("s3cr3t"), signed.getMessage());
        }
    }
}
