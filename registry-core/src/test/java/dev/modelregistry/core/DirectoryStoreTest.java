package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.artifact.ArtifactCheck;
import dev.modelregistry.core.artifact.ArtifactIntegrityException;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.ArtifactStatus;
import dev.modelregistry.core.artifact.FetchResult;
import dev.modelregistry.core.artifact.PruneResult;
import dev.modelregistry.core.artifact.StoredBlob;
import dev.modelregistry.core.artifact.UnsafeArtifactUriException;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.ArtifactFiles;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.StoredModels;
import dev.modelregistry.core.testing.TestRegistries;

/** The embedded directory store, end to end through the facade: store once, fetch verified, verify, prune. */
class DirectoryStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private RegistryOptions options(Instant now) {
        return registries.at(now).withArtifacts(ArtifactOptions.DEFAULT.withCacheDirectory(dir.resolve("cache")));
    }

    private ModelRegistry open(Instant now) {
        return ModelRegistry.openOrInit(dir.resolve("registry"), options(now));
    }


    private Path blob(String sha256) {
        return dir.resolve("registry/artifacts/sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/"
                + sha256);
    }

    @Test
    void storesEachContentOnceUnderItsDigestAndRecordsAPortableUri() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("train/model.onnx"), 300_017, 1);
        String sha = ArtifactFiles.sha256(model);
        try (ModelRegistry registry = open(NOW)) {
            Artifact first = StoredModels.register(registry, "churn@1.0.0", model);
            assertEquals(new Artifact("store:sha256/" + sha, sha, 300_017, "onnx"), first);
            Artifact again = StoredModels.register(registry, "churn@1.1.0", model);
            assertEquals(first, again);
            assertEquals(first, registry.get(ModelReference.parse("churn@1.1.0")).artifact());
        }
        assertEquals(List.of("sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha),
                ArtifactFiles.filesUnder(dir.resolve("registry/artifacts")));
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(blob(sha)));
        GitCli git = new GitCli(dir.resolve("registry"));
        assertTrue(git.run("show", "main:models/churn/1.0.0/card.yaml").contains("uri: \"store:sha256/" + sha + "\""));
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void fetchesAReferenceIntoAFileOrADirectoryAndReportsProgress() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), 1_000_003, 2);
        try (ModelRegistry registry = open(NOW)) {
            StoredModels.register(registry, "churn@1.0.0", model);
            FetchResult toFile = registry.fetch(ModelReference.parse("churn@development"), dir.resolve("out/m.onnx"));
            assertEquals(dir.resolve("out/m.onnx"), toFile.path());
            assertFalse(toFile.fromCache());
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(dir.resolve("out/m.onnx")));
            assertFetchProgress(1_000_003);
            Files.createDirectories(dir.resolve("models"));
            FetchResult toDirectory = registry.fetch(ModelReference.parse("churn@latest"), dir.resolve("models"));
            assertEquals(dir.resolve("models/churn-1.0.0.onnx"), toDirectory.path());
            assertEquals(List.of("churn-1.0.0.onnx"), ArtifactFiles.filesUnder(dir.resolve("models")));
        }
    }

    /** The fetch reported throttled progress: at most one event per 5% (plus the last), rising to the total. */
    private void assertFetchProgress(long size) {
        List<RegistryEvent.Progress> progress = registries.events.stream()
                .filter(e -> e instanceof RegistryEvent.Progress p && p.task().equals("fetch churn@1.0.0"))
                .map(RegistryEvent.Progress.class::cast).toList();
        assertTrue(progress.size() >= 2 && progress.size() <= 21, progress.toString());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).done() > progress.get(i - 1).done(), progress.toString());
        }
        assertEquals(new RegistryEvent.Progress("fetch churn@1.0.0", size, size), progress.get(progress.size() - 1));
    }

    @Test
    void refusesAFlippedByte() {
        assertTamperingIsRefused((a, b) -> ArtifactFiles.flipByte(blob(a), 12_345));
    }

    @Test
    void refusesATruncatedFile() {
        assertTamperingIsRefused((a, b) -> ArtifactFiles.truncate(blob(a), 50_000));
    }

    @Test
    void refusesDigestsSwappedBetweenTwoVersions() {
        assertTamperingIsRefused((a, b) -> ArtifactFiles.swap(blob(a), blob(b)));
    }

    /** Tampers with the stored file of churn@1.0.0 (given both versions' digests) and expects fetch and verify to notice. */
    private void assertTamperingIsRefused(BiConsumer<String, String> tamper) {
        try (ModelRegistry registry = open(NOW)) {
            Artifact a = StoredModels.register(registry, "churn@1.0.0",
                    ArtifactFiles.generate(dir.resolve("a.onnx"), 100_000, 3));
            Artifact b = StoredModels.register(registry, "churn@1.1.0",
                    ArtifactFiles.generate(dir.resolve("b.onnx"), 100_000, 4));
            tamper.accept(a.sha256(), b.sha256());
            Path out = dir.resolve("out");
            ArtifactIntegrityException refused = assertThrows(ArtifactIntegrityException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.0.0"), out.resolve("model.onnx")));
            assertEquals(Input.ARTIFACT, refused.input());
            assertTrue(refused.getMessage().contains("churn@1.0.0") && refused.getMessage().contains(a.sha256()),
                    refused.getMessage());
            assertEquals(a.sha256(), refused.expected().sha256());
            assertEquals(List.of(), ArtifactFiles.filesUnder(out), "nothing, not even a partial file, is left");
            ArtifactCheck check = registry.verifyArtifacts(List.of(ModelReference.parse("churn@1.0.0"))).checks().get(0);
            assertEquals(ArtifactStatus.CORRUPT, check.status(), check.toString());
        }
    }

    @Test
    void verifyReportsEveryVersionOkMissingCorruptOrUnchecked() throws Exception {
        try (ModelRegistry registry = open(NOW)) {
            StoredModels.register(registry, "churn@1.0.0", ArtifactFiles.generate(dir.resolve("1.onnx"), 10_000, 5));
            Artifact missing = StoredModels.register(registry, "churn@1.1.0",
                    ArtifactFiles.generate(dir.resolve("2.onnx"), 10_000, 6));
            Artifact corrupt = StoredModels.register(registry, "churn@1.2.0",
                    ArtifactFiles.generate(dir.resolve("3.onnx"), 10_000, 7));
            registry.register(RegisterRequest.builder(ModelName.of("churn"), new Artifact("file:///etc/passwd",
                    missing.sha256(), 10, "")).version(Version.parse("1.3.0")).build());
            Files.delete(blob(missing.sha256()));
            ArtifactFiles.flipByte(blob(corrupt.sha256()), 0);

            List<ArtifactCheck> checks = registry.verifyArtifacts(List.of()).checks();
            assertEquals(List.of(ArtifactStatus.OK, ArtifactStatus.MISSING, ArtifactStatus.CORRUPT,
                    ArtifactStatus.UNCHECKED), checks.stream().map(ArtifactCheck::status).toList());
            assertEquals("churn@1.2.0", checks.get(2).version().toString());
            assertTrue(checks.get(2).detail().contains("expected 10000 bytes with sha256 " + corrupt.sha256()),
                    checks.get(2).detail());
            assertTrue(checks.get(3).detail().contains("only store:, maven: and https:"), checks.get(3).detail());
            assertEquals(3, registry.verifyArtifacts(List.of()).problems().size());

            NotFoundException notFound = assertThrows(NotFoundException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.1.0"), dir.resolve("out/m")));
            assertTrue(notFound.getMessage().contains("churn@1.1.0 is missing"), notFound.getMessage());
            assertThrows(UnsafeArtifactUriException.class,
                    () -> registry.fetch(ModelReference.parse("churn@1.3.0"), dir.resolve("out/m")));
            assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("out")));
        }
    }

    @Test
    void prunesOnlyUnreferencedFilesOlderThanTheGracePeriodAndDryRunsFirst() throws Exception {
        Artifact kept;
        Artifact orphan;
        try (ModelRegistry registry = open(NOW)) {
            kept = StoredModels.register(registry, "churn@1.0.0",
                    ArtifactFiles.generate(dir.resolve("1.onnx"), 1_000, 8));
            orphan = registry.storeArtifact(VersionId.parse("churn@1.1.0"),
                    ArtifactFiles.generate(dir.resolve("2.onnx"), 2_000, 9), "onnx");
            PruneResult young = registry.pruneArtifacts(false);
            assertEquals(List.of(), young.unreferenced());
            assertEquals(List.of(orphan.sha256()), young.keptRecent().stream().map(StoredBlob::sha256).toList());
            assertTrue(Files.exists(blob(orphan.sha256())));
        }
        try (ModelRegistry later = open(NOW.plus(Duration.ofHours(2)))) {
            PruneResult dryRun = later.pruneArtifacts(true);
            assertTrue(dryRun.dryRun());
            assertEquals(List.of(orphan.sha256()), dryRun.unreferenced().stream().map(StoredBlob::sha256).toList());
            assertEquals(2_000, dryRun.unreferencedBytes());
            assertTrue(Files.exists(blob(orphan.sha256())), "a dry run removes nothing");

            PruneResult pruned = later.pruneArtifacts(false);
            assertEquals(dryRun.unreferenced(), pruned.unreferenced());
            assertFalse(Files.exists(blob(orphan.sha256())));
            assertTrue(Files.exists(blob(kept.sha256())));
            assertTrue(later.verifyArtifacts(List.of()).allOk());
        }
    }
}
