package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.ConflictException;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistrationResult;
import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.StoreKind;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/** Plan, store, register, against real registries, with a rival build that takes the planned version. */
class StoredRegistrationTest {

    private static final ModelName CHURN = ModelName.of("churn");

    @TempDir
    Path dir;

    @Test
    void aBumpedVersionTakenWhileTheFileWasStoredIsPlannedAndStoredAgain() throws IOException {
        Path registryPath = dir.resolve("registry");
        Path model = Files.writeString(dir.resolve("churn.onnx"), "our weights");
        try (ModelRegistry registry = ModelRegistry.openOrInit(registryPath, options(rivalTakes(registryPath, null)))) {
            RegistrationResult result = registration(null).register(registry, model, FileDigest.of(model), "onnx");

            assertEquals(VersionId.parse("churn@0.0.2"), result.card().id());
            String sha256 = FileDigest.of(model).sha256();
            assertEquals("store:sha256/" + sha256, result.card().artifact().uri());
            assertEquals("rival weights".length(), registry.get(ModelReference.parse("churn@0.0.1")).artifact().size());
        }
        assertEquals("Register churn 0.0.2\nRegister churn 0.0.1\n", git(registryPath, "log", "--format=%s", "main"));
    }

    @Test
    void anExplicitVersionTakenWhileTheFileWasStoredFails() throws IOException {
        Path registryPath = dir.resolve("registry");
        Path model = Files.writeString(dir.resolve("churn.onnx"), "our weights");
        try (ModelRegistry registry = ModelRegistry.openOrInit(registryPath, options(rivalTakes(registryPath, "1.0.0")))) {
            StoredRegistration registration = registration(Version.parse("1.0.0"));
            ConflictException taken = assertThrows(ConflictException.class,
                    () -> registration.register(registry, model, FileDigest.of(model), "onnx"));
            assertTrue(taken.getMessage().contains("churn@1.0.0 already exists"), taken.getMessage());
        }
        assertEquals("Register churn 1.0.0\n", git(registryPath, "log", "--format=%s", "main"));
    }

    @Test
    void aMavenRepositoryHoldingOtherContentUnderThePlannedVersionFailsAtOnce() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("maven-repo/models/churn/0.0.1"));
        Files.writeString(repository.resolve("churn-0.0.1.onnx.sha256"), "ab".repeat(32));
        Path model = Files.writeString(dir.resolve("churn.onnx"), "our weights");
        RegistryOptions toMaven = options(RegistryListener.NONE).withArtifacts(ArtifactOptions.DEFAULT
                .withStore(StoreKind.MAVEN).withRepository(MavenRepository.at(dir.resolve("maven-repo").toUri()
                        .toString())));
        try (ModelRegistry registry = ModelRegistry.openOrInit(dir.resolve("registry"), toMaven)) {
            StoredRegistration registration = registration(null);
            ConflictException deployed = assertThrows(ConflictException.class,
                    () -> registration.register(registry, model, FileDigest.of(model), "onnx"));
            assertTrue(deployed.getMessage().contains("churn@0.0.1 is already deployed"), deployed.getMessage());
        }
        assertEquals("ab".repeat(32), Files.readString(repository.resolve("churn-0.0.1.onnx.sha256")));
        assertTrue(Files.notExists(repository.resolve("churn-0.0.1.onnx")));
    }

    /** Registers churn at {@code version}, or with the default patch bump when it is null. */
    private static StoredRegistration registration(Version version) {
        return new StoredRegistration(artifact -> {
            RegisterRequest.Builder request = RegisterRequest.builder(CHURN, artifact);
            return version == null ? request : request.version(version);
        }, new SystemStreamLog());
    }

    /**
     * A listener that, at the first progress of our store, has a rival build register churn (at
     * {@code version}, or bumped) in the same registry.
     */
    private RegistryListener rivalTakes(Path registryPath, String version) {
        AtomicBoolean raced = new AtomicBoolean();
        return event -> {
            if (event instanceof RegistryEvent.Progress && raced.compareAndSet(false, true)) {
                try (ModelRegistry rival = ModelRegistry.open(registryPath, options(RegistryListener.NONE))) {
                    Path file = Files.writeString(dir.resolve("rival.onnx"), "rival weights");
                    RegisterRequest.Builder request = RegisterRequest.builder(CHURN,
                            rival.storeArtifact(VersionId.parse("churn@0.0.1"), file, "onnx"));
                    rival.register((version == null ? request : request.version(Version.parse(version))).build());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static RegistryOptions options(RegistryListener listener) {
        return RegistryOptions.DEFAULT.withActor(ActorParameter.parse("Trainer <trainer@example.com>"))
                .withListener(listener);
    }

    private static String git(Path gitDir, String... args) throws IOException {
        String[] command = new String[args.length + 2];
        command[0] = "git";
        command[1] = "--git-dir=" + gitDir;
        System.arraycopy(args, 0, command, 2, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
