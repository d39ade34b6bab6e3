package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.artifact.ArtifactCheck;
import dev.modelregistry.core.artifact.ArtifactIntegrityException;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.ArtifactStatus;
import dev.modelregistry.core.artifact.FetchResult;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.StoreKind;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.testing.ArtifactFiles;
import dev.modelregistry.core.testing.MavenRepositoryFiles;
import dev.modelregistry.core.testing.StoredModels;
import dev.modelregistry.core.testing.TestRegistries;

/** Model files deployed to a Maven repository on {@code file://}, checked file by file as Maven lays them out. */
class MavenFileRepositoryTest {

    private static final String CHURN = "com/example/models/churn/";

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private Path repository() {
        return dir.resolve("m2");
    }

    private ModelRegistry open() {
        MavenRepository maven = MavenRepository.at(repository().toUri().toString()).withGroupId("com.example.models");
        return ModelRegistry.openOrInit(dir.resolve("registry"), registries.options().withArtifacts(ArtifactOptions.DEFAULT
                .withCacheDirectory(dir.resolve("cache")).withStore(StoreKind.MAVEN).withRepository(maven)));
    }


    @Test
    void deploysInMavensLayoutWithChecksumsAndMetadata() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), 200_001, 1);
        Path metadata = repository().resolve(CHURN + "maven-metadata.xml");
        Files.createDirectories(metadata.getParent());
        Files.writeString(metadata, "<?xml version=\"1.0\"?><metadata><groupId>com.example.models</groupId>"
                + "<artifactId>churn</artifactId><versioning><versions><version>0.9.0</version></versions>"
                + "</versioning></metadata>");
        try (ModelRegistry registry = open()) {
            Artifact artifact = StoredModels.register(registry, "churn@1.0.0", model);
            assertEquals(new Artifact("maven:com.example.models:churn:1.0.0:onnx", ArtifactFiles.sha256(model), 200_001,
                    "onnx"), artifact);
            StoredModels.register(registry, "churn@1.1.0",
                    ArtifactFiles.generate(dir.resolve("model2.onnx"), 1_000, 2));
        }
        MavenRepositoryFiles.assertDeployed(repository(), "com/example/models", "churn", "onnx",
                List.of("1.0.0", "1.1.0"));
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(repository().resolve(CHURN
                + "1.0.0/churn-1.0.0.onnx")));
        assertEquals(List.of("0.9.0", "1.0.0", "1.1.0"), MavenRepositoryFiles.texts(metadata, "version"),
                "versions deployed before are kept");
        assertFalse(Files.exists(dir.resolve("registry/artifacts")), "nothing went into the directory store");
    }

    @Test
    void deploysTheSameContentAgainButNeverOtherContentUnderAReleasedVersion() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), 5_000, 3);
        try (ModelRegistry registry = open()) {
            VersionId id = VersionId.parse("churn@1.0.0");
            Artifact first = registry.storeArtifact(id, model, "onnx");
            assertEquals(first, registry.storeArtifact(id, model, "onnx"));
            Path other = ArtifactFiles.generate(dir.resolve("other.onnx"), 5_000, 4);
            ConflictException conflict = assertThrows(ConflictException.class,
                    () -> registry.storeArtifact(id, other, "onnx"));
            assertTrue(conflict.getMessage().startsWith("churn@1.0.0 is already deployed to "), conflict.getMessage());
            assertTrue(conflict.getMessage().contains("Register another version."), conflict.getMessage());
        }
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(repository().resolve(CHURN
                + "1.0.0/churn-1.0.0.onnx")));
    }

    @Test
    void fetchesThroughTheCacheAndVerifiesTheCacheOnEveryUse() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), 300_000, 5);
        String sha = ArtifactFiles.sha256(model);
        Path cached = dir.resolve("cache/sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        try (ModelRegistry registry = open()) {
            StoredModels.register(registry, "churn@1.0.0", model);
            ModelReference latest = ModelReference.parse("churn@latest");
            FetchResult first = registry.fetch(latest, dir.resolve("out/a.onnx"));
            assertFalse(first.fromCache());
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(cached));
            assertTrue(registry.fetch(latest, dir.resolve("out/b.onnx")).fromCache());

            ArtifactFiles.flipByte(cached, 7);
            FetchResult repaired = registry.fetch(latest, dir.resolve("out/c.onnx"));
            assertFalse(repaired.fromCache(), "a damaged cache entry is not used");
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(dir.resolve("out/c.onnx")));
            assertEquals(sha, ArtifactFiles.sha256(cached), "and it is replaced");
        }
    }

    @Test
    void refusesATamperedRepositoryFileAndReportsIt() throws Exception {
        try (ModelRegistry registry = open()) {
            StoredModels.register(registry, "churn@1.0.0", ArtifactFiles.generate(dir.resolve("a.onnx"), 70_000, 6));
            StoredModels.register(registry, "churn@1.1.0", ArtifactFiles.generate(dir.resolve("b.onnx"), 70_000, 7));
            ArtifactFiles.swap(repository().resolve(CHURN + "1.0.0/churn-1.0.0.onnx"),
                    repository().resolve(CHURN + "1.1.0/churn-1.1.0.onnx"));
            assertThrows(ArtifactIntegrityException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.0.0"), dir.resolve("out/m.onnx")));
            assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("out")));
            assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("cache/sha256")), "nothing unverified is cached");

            Files.delete(repository().resolve(CHURN + "1.1.0/churn-1.1.0.onnx"));
            List<ArtifactCheck> checks = registry.verifyArtifacts(List.of()).checks();
            assertEquals(List.of(ArtifactStatus.CORRUPT, ArtifactStatus.MISSING),
                    checks.stream().map(ArtifactCheck::status).toList());
        }
    }

    @Test
    void takesTheStoreAndRepositoryFromRegistryYaml() throws Exception {
        byte[] yaml = ("artifacts:\n  store: maven\n  maven:\n    url: \"" + repository().toUri() + "\"\n")
                .getBytes(StandardCharsets.UTF_8);
        try (ModelRegistry registry = ModelRegistry.openOrInit(dir.resolve("registry"), registries.options()
                .withArtifacts(ArtifactOptions.DEFAULT.withCacheDirectory(dir.resolve("cache"))))) {
            registry.repository().write("configure", registry.actor(), head -> WritePlan.commit(null,
                    new TreeEdits().put("registry.yaml", yaml), CommitMessage.builder("Store artifacts in Maven")
                            .trailer(RegistryTrailers.REASON, "test setup").build()));
            Artifact artifact = StoredModels.register(registry, "fraud@2.0.0",
                    ArtifactFiles.generate(dir.resolve("f.bin"), 10, 8));
            assertEquals("maven:models:fraud:2.0.0:onnx", artifact.uri());
            assertTrue(Files.isRegularFile(repository().resolve("models/fraud/2.0.0/fraud-2.0.0.onnx")));
            assertTrue(registry.verifyArtifacts(List.of()).allOk());
        }
    }
}
