package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.artifact.ArtifactIntegrityException;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.ArtifactFiles;
import dev.modelregistry.core.testing.StoredModels;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

/**
 * Tampering with registered cards (docs/reliability.md, item 10): a card whose artifact digest is
 * edited after registration, or swapped with another version's, is refused by {@code fetch} and
 * reported by {@code check()} from the history alone, with no base to compare with, even when the
 * edit is buried under later commits and the card points at a real, intact stored file. Damage
 * to the stored bytes themselves is DirectoryStoreTest's.
 */
class CardTamperingTest {

    private static final String CARD_A = "models/churn/1.0.0/card.yaml";
    private static final String CARD_B = "models/churn/1.1.0/card.yaml";

    @TempDir
    Path dir;

    private Artifact a;
    private Artifact b;
    private Artifact unregistered;

    private ModelRegistry open() {
        return ModelRegistry.openOrInit(dir.resolve("registry"), new TestRegistries().options()
                .withArtifacts(ArtifactOptions.DEFAULT.withCacheDirectory(dir.resolve("cache"))));
    }

    @BeforeEach
    void registerTwoVersions() {
        try (ModelRegistry registry = open()) {
            a = StoredModels.register(registry, "churn@1.0.0", ArtifactFiles.generate(dir.resolve("a.onnx"), 4096, 1));
            b = StoredModels.register(registry, "churn@1.1.0", ArtifactFiles.generate(dir.resolve("b.onnx"), 4096, 2));
            unregistered = registry.storeArtifact(VersionId.parse("churn@9.9.9"),
                    ArtifactFiles.generate(dir.resolve("c.onnx"), 4096, 3), "onnx");
        }
    }

    @Test
    void aDigestEditedInALaterCommitIsRefusedByFetchAndReportedByCheckWithoutABase() {
        WorkTreeClone.of(dir.resolve("registry"), dir.resolve("clone"))
                .replace(CARD_A, a.sha256(), unregistered.sha256())
                .commitAndPush("Point churn 1.0.0 at a better model", "main");
        WorkTreeClone.of(dir.resolve("registry"), dir.resolve("clone2"))
                .write("README.md", "later work buries the edit\n")
                .commitAndPush("Add a README", "main");
        try (ModelRegistry registry = open()) {
            assertFetchRefused(registry, "churn@1.0.0", a.sha256());
            CheckReport report = registry.check();
            assertEquals(List.of(CARD_A), registeredArtifactProblems(report), String.join("\n", report.lines()));
            Problem problem = report.problems().get(0);
            assertTrue(problem.message().contains("registered with " + a.sha256()), problem.describe());
            assertTrue(problem.line() > 0, problem.describe());
            registry.fetch(ModelReference.parse("churn@1.1.0"), dir.resolve("out/b.onnx"));
        }
    }

    @Test
    void artifactsSwappedBetweenVersionsAreRefusedByFetchAndReportedByCheck() {
        WorkTreeClone.of(dir.resolve("registry"), dir.resolve("clone"))
                .replace(CARD_A, a.sha256(), "swap-placeholder")
                .replace(CARD_B, b.sha256(), a.sha256())
                .replace(CARD_A, "swap-placeholder", b.sha256())
                .commitAndPush("Swap the artifacts of churn 1.0.0 and 1.1.0", "main");
        try (ModelRegistry registry = open()) {
            assertFetchRefused(registry, "churn@1.0.0", a.sha256());
            assertFetchRefused(registry, "churn@1.1.0", b.sha256());
            CheckReport report = registry.check();
            assertEquals(List.of(CARD_A, CARD_B), registeredArtifactProblems(report),
                    String.join("\n", report.lines()));
            assertTrue(registry.check("main~1", "main").problems().stream()
                    .anyMatch(p -> p.rule().equals("artifact-changed")), "the pull-request check sees it too");
        }
    }

    @Test
    void aVersionDeletedAndRegisteredAgainIsJudgedByItsNewRegistration() {
        try (ModelRegistry registry = open()) {
            registry.deleteVersion(new DeleteRequest(VersionId.parse("churn@1.0.0"), false, ""));
            StoredModels.register(registry, "churn@1.0.0", dir.resolve("c.onnx"));
            assertEquals(List.of(), registry.check().problems());
            registry.fetch(ModelReference.parse("churn@1.0.0"), dir.resolve("out/c.onnx"));
        }
    }

    private void assertFetchRefused(ModelRegistry registry, String reference, String registered) {
        ArtifactIntegrityException refused = assertThrows(ArtifactIntegrityException.class,
                () -> registry.fetch(ModelReference.parse(reference), dir.resolve("out/model.onnx")));
        assertEquals(Input.ARTIFACT, refused.input());
        assertTrue(refused.getMessage().contains(reference) && refused.getMessage().contains(registered),
                refused.getMessage());
        assertEquals(List.of(), ArtifactFiles.filesUnder(dir.resolve("out")));
    }

    private static List<String> registeredArtifactProblems(CheckReport report) {
        return report.problems().stream().filter(p -> p.rule().equals("registered-artifact")).map(Problem::path)
                .toList();
    }
}
