package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HandEditor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class DeleteTest {

    private static final ModelName CHURN = ModelName.of("churn");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    /** Registers churn 1.0.0 (production), 1.1.0 and 1.2.0 (development), and fraud 0.1.0. */
    private static void populate(ModelRegistry registry) {
        for (String version : List.of("1.0.0", "1.1.0", "1.2.0")) {
            registry.register(Samples.request("churn", version).version(Version.parse(version)).build());
        }
        registry.register(Samples.request("fraud", "f").version(Version.parse("0.1.0")).build());
        registry.transition(new TransitionRequest(ModelReference.parse("churn@1.0.0"), StageName.of("staging"), ""));
        registry.transition(new TransitionRequest(ModelReference.parse("churn@1.0.0"), StageName.of("production"), ""));
    }

    private static String count(GitCli git) {
        return git.run("rev-list", "--count", "main").strip();
    }

    /** A registry populated by {@link #populate}, and a hand editor of it whose push returns its path. */
    private HandEdits populatedThenEditedByHand() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
        }
        return new HandEdits(path, HandEditor.clone(path, dir.resolve("edit")));
    }

    /** Hand edits to the registry at {@code path}. */
    private record HandEdits(Path path, HandEditor editor) {

        HandEdits write(String file, String text) {
            editor.write(file, text);
            return this;
        }

        Path push(String subject) {
            editor.commitAndPush(subject);
            return path;
        }
    }

    @Test
    void deletingAVersionRemovesItsDirectoryAndItsAliasesInOneCommit() {
        Path path = dir.resolve("r");
        DeleteResult result;
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
            registry.setAlias(new SetAliasRequest(CHURN, AliasName.of("challenger"), Version.parse("1.1.0"), ""));
            registry.setAlias(new SetAliasRequest(CHURN, AliasName.of("candidate"), Version.parse("1.1.0"), ""));
            registry.setAlias(new SetAliasRequest(CHURN, AliasName.of("champion"), Version.parse("1.0.0"), ""));
            result = registry.deleteVersion(new DeleteRequest(ModelReference.parse("churn@challenger"), false,
                    "lost the A/B test"));
            assertEquals(List.of(VersionId.parse("churn@1.1.0")), result.removed());
            assertEquals(List.of(AliasName.of("candidate"), AliasName.of("challenger")), result.removedAliases());
            assertFalse(result.forced());
            assertEquals(Map.of(AliasName.of("champion"), Version.parse("1.0.0")), registry.model(CHURN).aliases());
            NotFoundException gone = assertThrows(NotFoundException.class,
                    () -> registry.get(ModelReference.parse("churn@1.1.0")));
            assertTrue(gone.getMessage().contains("the versions of churn are: 1.0.0, 1.2.0"), gone.getMessage());
        }
        GitCli git = new GitCli(path);
        String commit = result.commitId().orElseThrow();
        assertEquals(commit, git.run("rev-parse", "main").strip());
        assertEquals("Delete churn 1.1.0", git.run("log", "-1", "--format=%s", commit).strip());
        assertEquals("""
                Registry-Action: delete-version
                Model: churn
                Model-Version: 1.1.0
                Removed: churn@1.1.0
                Alias: candidate
                Alias: challenger
                Reason: lost the A/B test
                """.strip(), git.run("log", "-1", "--format=%(trailers)", commit).strip());
        assertEquals(List.of("models/churn/1.1.0/card.yaml", "models/churn/model.yaml"),
                git.run("diff", "--name-only", commit + "^", commit).lines().toList());
        assertTrue(git.run("show", commit + "^:models/churn/1.1.0/card.yaml").contains("version: \"1.1.0\""));
        assertTrue(git.tryRun("cat-file", "-e", commit + ":models/churn/1.1.0").exitCode() != 0);
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void aProtectedVersionNeedsForceAndTheCommitSaysItWasForced() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
            String before = count(git);
            ProtectedStageException refused = assertThrows(ProtectedStageException.class, () -> registry
                    .deleteVersion(new DeleteRequest(VersionId.parse("churn@1.0.0"), false, "")));
            assertEquals(Input.FORCE, refused.input());
            assertEquals("churn@1.0.0 is in production, a protected stage; repeat with force to delete it.",
                    refused.getMessage());
            assertEquals(before, count(git));
            DeleteResult forced = registry.deleteVersion(new DeleteRequest(ModelReference.parse("churn@production"),
                    true, "rolled back after incident 42"));
            assertTrue(forced.forced());
            DeleteResult unprotected = registry.deleteVersion(new DeleteRequest(VersionId.parse("churn@1.2.0"),
                    true, ""));
            assertFalse(unprotected.forced());
        }
        assertEquals("""
                Registry-Action: delete-version
                Model: churn
                Model-Version: 1.0.0
                Removed: churn@1.0.0
                Reason: rolled back after incident 42
                Forced: true
                """.strip(), git.run("log", "-1", "--format=%(trailers)", "main~1").strip());
        assertEquals("Delete churn 1.0.0", git.run("log", "-E", "--grep=^Forced: true$", "--format=%s", "main").strip());
    }

    @Test
    void deletingWhatIsNotThereIsNotFoundAndWritesNothing() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
            String before = count(git);
            NotFoundException version = assertThrows(NotFoundException.class, () -> registry.deleteVersion(
                    new DeleteRequest(VersionId.parse("churn@2.0.0"), true, "")));
            assertEquals(Input.VERSION, version.input());
            assertEquals("No version churn@2.0.0 in the registry; the versions of churn are: 1.0.0, 1.1.0, 1.2.0.",
                    version.getMessage());
            NotFoundException model = assertThrows(NotFoundException.class, () -> registry.deleteModel(
                    new DeleteModelRequest(ModelName.of("churm"), true, "")));
            assertEquals(Input.NAME, model.input());
            assertEquals(before, count(git));
        }
    }

    @Test
    void deletingAModelRemovesItsDirectoryAndNeedsForceForProtectedVersions() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        DeleteResult result;
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
            registry.transition(new TransitionRequest(ModelReference.parse("churn@1.2.0"), StageName.of("staging"), ""));
            registry.setAlias(new SetAliasRequest(CHURN, AliasName.of("champion"), Version.parse("1.0.0"), ""));
            String before = count(git);
            ProtectedStageException refused = assertThrows(ProtectedStageException.class,
                    () -> registry.deleteModel(new DeleteModelRequest(CHURN, false, "")));
            assertEquals("churn@1.0.0 is in production, churn@1.2.0 is in staging, protected stages; repeat with"
                    + " force to delete model churn.", refused.getMessage());
            assertEquals(before, count(git));
            result = registry.deleteModel(new DeleteModelRequest(CHURN, true, "replaced by churn-v2"));
            assertEquals(List.of("churn@1.0.0", "churn@1.1.0", "churn@1.2.0"),
                    result.removed().stream().map(VersionId::toString).toList());
            assertEquals(List.of(AliasName.of("champion")), result.removedAliases());
            assertThrows(NotFoundException.class, () -> registry.model(CHURN));
            assertEquals("0.1.0", registry.get(ModelReference.parse("fraud@latest")).version().toString());
        }
        String commit = result.commitId().orElseThrow();
        assertEquals("Delete model churn", git.run("log", "-1", "--format=%s", commit).strip());
        assertEquals("""
                Registry-Action: delete-model
                Model: churn
                Removed: churn@1.0.0
                Removed: churn@1.1.0
                Removed: churn@1.2.0
                Reason: replaced by churn-v2
                Forced: true
                """.strip(), git.run("log", "-1", "--format=%(trailers)", commit).strip());
        assertEquals("models/fraud\n", git.run("ls-tree", "--name-only", "main", "models/"));
        assertTrue(git.run("show", commit + "^:models/churn/model.yaml").contains("champion: \"1.0.0\""));
        assertTrue(git.run("show", commit + "^:models/churn/1.2.0/card.yaml").contains("stage: \"staging\""));
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void forceDeletesAVersionOrModelWhoseCardIsBrokenByItsDirectoryAlone() {
        Path path = populatedThenEditedByHand().write("models/churn/1.1.0/card.yaml", "name: [broken\n")
                .write("models/fraud/0.1.0/card.yaml", "name: \"fraud\"\n").push("Break two cards by hand");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            String before = count(git);
            InvalidRegistryFileException refused = assertThrows(InvalidRegistryFileException.class,
                    () -> registry.deleteVersion(new DeleteRequest(VersionId.parse("churn@1.1.0"), false, "")));
            assertEquals("models/churn/1.1.0/card.yaml", refused.path());
            assertTrue(refused.getMessage().endsWith(", or repeat with force to delete it as it is"),
                    refused.getMessage());
            assertEquals(before, count(git));
            DeleteResult version = registry.deleteVersion(new DeleteRequest(VersionId.parse("churn@1.1.0"), true,
                    "broken by hand"));
            assertTrue(version.forced());
            assertEquals(List.of(VersionId.parse("churn@1.1.0")), version.removed());
            assertEquals("1.2.0", registry.get(ModelReference.parse("churn@latest")).version().toString());
            DeleteResult model = registry.deleteModel(new DeleteModelRequest(ModelName.of("fraud"), true, ""));
            assertTrue(model.forced());
            assertEquals(List.of(VersionId.parse("fraud@0.1.0")), model.removed());
        }
        assertEquals("Forced: true", git.run("log", "-1", "--format=%(trailers:key=Forced)", "main~1").strip());
        assertEquals("models/churn\n", git.run("ls-tree", "--name-only", "main", "models/"));
    }

    @Test
    void forceDeletesAModelWhoseModelYamlIsBroken() {
        Path path = populatedThenEditedByHand().write("models/fraud/model.yaml", "aliases: [broken\n")
                .push("Break a model.yaml by hand");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            String before = count(git);
            DeleteModelRequest unforced = new DeleteModelRequest(ModelName.of("fraud"), false, "");
            InvalidRegistryFileException refused = assertThrows(InvalidRegistryFileException.class,
                    () -> registry.deleteModel(unforced));
            assertEquals("models/fraud/model.yaml", refused.path());
            assertTrue(refused.getMessage().endsWith(", or repeat with force to delete model fraud as it is"),
                    refused.getMessage());
            assertEquals(before, count(git));

            DeleteResult model = registry.deleteModel(new DeleteModelRequest(ModelName.of("fraud"), true, ""));

            assertTrue(model.forced());
            assertEquals(List.of(VersionId.parse("fraud@0.1.0")), model.removed());
        }
        assertEquals("Forced: true", git.run("log", "-1", "--format=%(trailers:key=Forced)", "main").strip());
        assertEquals("models/churn\n", git.run("ls-tree", "--name-only", "main", "models/"));
        assertEquals("", git.run("fsck", "--full", "--strict"));
    }

    @Test
    void aLineageParentOfAVersionThatStaysNeedsForce() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("base", "b").version(Version.parse("1.0.0")).build());
            registry.register(Samples.request("churn", "c0").version(Version.parse("1.0.0"))
                    .lineage(Samples.parents("base@1.0.0")).build());
            registry.register(Samples.request("churn", "c1").version(Version.parse("1.1.0"))
                    .lineage(Samples.parents("churn@1.0.0")).build());
            registry.register(Samples.request("fraud", "f").version(Version.parse("0.1.0"))
                    .lineage(Samples.parents("base@1.0.0")).build());
            String before = count(git);
            ConflictException version = assertThrows(ConflictException.class, () -> registry.deleteVersion(
                    new DeleteRequest(VersionId.parse("base@1.0.0"), false, "")));
            assertEquals(Input.FORCE, version.input());
            assertEquals("base@1.0.0 is a lineage parent of churn@1.0.0, fraud@0.1.0. Deleting a parent leaves its"
                    + " children with a missing parent for good; delete the children first, or repeat with force to"
                    + " delete it.", version.getMessage());
            ConflictException model = assertThrows(ConflictException.class, () -> registry.deleteModel(
                    new DeleteModelRequest(ModelName.of("base"), false, "")));
            assertTrue(model.getMessage().endsWith("repeat with force to delete model base."), model.getMessage());
            assertThrows(ConflictException.class, () -> registry.deleteVersion(
                    new DeleteRequest(VersionId.parse("churn@1.0.0"), false, "")));
            assertEquals(before, count(git));

            assertFalse(registry.deleteModel(new DeleteModelRequest(CHURN, false, "")).forced());
            DeleteResult forced = registry.deleteVersion(new DeleteRequest(VersionId.parse("base@1.0.0"), true, ""));
            assertTrue(forced.forced());
            assertEquals(List.of("models/fraud/0.1.0/card.yaml missing-parent"), registry.check().problems().stream()
                    .map(problem -> problem.path() + " " + problem.rule()).toList());
        }
        assertEquals("Forced: true", git.run("log", "-1", "--format=%(trailers:key=Forced)", "main").strip());
    }
}
