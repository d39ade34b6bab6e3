package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

class TransitionTest {

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private static TransitionRequest move(String reference, String stage, String reason) {
        return new TransitionRequest(ModelReference.parse(reference), StageName.of(stage), reason);
    }

    @Test
    void enteringAnExclusiveStageDemotesItsHolderInTheSameCommit() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
            registry.register(Samples.request("churn", "2").build());
            registry.transition(move("churn@0.0.1", "staging", "offline eval passed"));
            registry.transition(move("churn@0.0.1", "production", "canary skipped: low risk"));
            registry.transition(move("churn@0.0.2", "staging", ""));
            TransitionResult result = registry.transition(move("churn@staging", "production", "beats 0.0.1 on AUC"));
            assertEquals("0.0.2", result.card().version().toString());
            assertEquals("staging", result.from().value());
            assertEquals(1, result.demoted().size());
            assertEquals("deprecated", result.demoted().get(0).stage().value());
            assertEquals("0.0.2", registry.get(ModelReference.parse("churn@production")).version().toString());
            assertEquals("deprecated", registry.get(ModelReference.parse("churn@0.0.1")).stage().value());
        }
        GitCli git = new GitCli(path);
        assertEquals("Promote churn 0.0.2 to production", git.run("log", "-1", "--format=%s", "main").strip());
        String trailers = git.run("log", "-1", "--format=%(trailers)", "main");
        assertEquals("""
                Registry-Action: transition
                Model: churn
                Model-Version: 0.0.2
                From-Stage: staging
                Stage: production
                Reason: beats 0.0.1 on AUC
                Demoted: churn@0.0.1
                Demoted-To: deprecated
                """, trailers.strip() + "\n");
        List<String> production = git.run("log", "-E", "--grep=^Stage: production$", "--format=%s", "main").lines().toList();
        assertEquals(List.of("Promote churn 0.0.2 to production", "Promote churn 0.0.1 to production"), production);
        assertEquals("6", git.run("rev-list", "--count", "main").strip());
    }

    @Test
    void anIllegalMoveNamesTheAllowedMoves() {
        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            registry.register(Samples.request("churn", "1").build());
            IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                    () -> registry.transition(move("churn@0.0.1", "production", "")));
            assertEquals(Input.STAGE, error.input());
            assertEquals("Cannot move from development to production; from development a version may move to: "
                    + "staging, deprecated, archived.", error.getMessage());
            IllegalTransitionException unknown = assertThrows(IllegalTransitionException.class,
                    () -> registry.transition(move("churn@0.0.1", "qa", "")));
            assertTrue(unknown.getMessage().contains("Unknown stage \"qa\""), unknown.getMessage());
            RegistryUsageException reason = assertThrows(RegistryUsageException.class,
                    () -> move("churn@0.0.1", "staging", "two\nlines"));
            assertEquals(Input.REASON, reason.input());
        }
    }

    @Test
    void deprecateAndArchiveHaveTheirOwnSubjectsOnlyForwardInTheStageOrder() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
            registry.transition(move("churn@latest", "deprecated", "superseded"));
            registry.transition(move("churn@latest", "archived", ""));
            registry.transition(move("churn@latest", "deprecated", "needed for an audit"));
        }
        assertEquals(List.of("Move churn 0.0.1 back to deprecated", "Archive churn 0.0.1", "Deprecate churn 0.0.1",
                "Register churn 0.0.1"), new GitCli(path).run("log", "--format=%s", "main").lines().toList());
    }

    @Test
    void aCustomStageOrderDecidesWhatIsForward() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
        }
        WorkTreeClone.of(path, dir.resolve("clone")).write("registry.yaml", """
                initialStage: development
                stages:
                  archived:
                    to: [development]
                  development:
                    to: [archived, review]
                  review:
                    to: [development]
                """).commitAndPush("Custom stages", "main");
        try (ModelRegistry registry = registries.open(path)) {
            registry.transition(move("churn@latest", "review", ""));
            registry.transition(move("churn@latest", "development", ""));
            registry.transition(move("churn@latest", "archived", ""));
            registry.transition(move("churn@latest", "development", ""));
        }
        assertEquals(List.of("Promote churn 0.0.1 to development", "Move churn 0.0.1 back to archived",
                "Move churn 0.0.1 back to development", "Promote churn 0.0.1 to review"),
                new GitCli(path).run("log", "-4", "--format=%s", "main").lines().toList());
    }

    @Test
    void aPolicyMayNotDemoteIntoAnExclusiveStageNotEvenItself() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
        }
        WorkTreeClone clone = WorkTreeClone.of(path, dir.resolve("clone"));
        clone.write("registry.yaml", """
                stages:
                  development:
                    to: [production]
                  production:
                    to: [development]
                    exclusive: true
                    demoteTo: production
                """).commitAndPush("Demote production into itself", "main");
        try (ModelRegistry registry = registries.open(path)) {
            InvalidRegistryFileException self = assertThrows(InvalidRegistryFileException.class,
                    () -> registry.transition(move("churn@0.0.1", "production", "")));
            assertEquals("registry.yaml:7: stages.production.demoteTo: the stage demotes into itself, so it would"
                    + " hold two versions of a model; demote into another stage, such as deprecated", self.getMessage());
            assertEquals("development", registry.get(ModelReference.parse("churn@0.0.1")).stage().value());
        }
        clone.write("registry.yaml", """
                stages:
                  development:
                    to: [canary]
                  canary:
                    to: [production]
                    exclusive: true
                    demoteTo: production
                  production:
                    to: [development]
                    exclusive: true
                    demoteTo: development
                """).commitAndPush("Demote canary into production", "main");
        try (ModelRegistry registry = registries.open(path)) {
            Problem problem = registry.check().problems().get(0);
            assertEquals("registry.yaml:7: [schema] stages.canary.demoteTo: demotes into production, an exclusive"
                    + " stage, which would then hold two versions of a model; demote into a stage that is not"
                    + " exclusive, such as deprecated", problem.describe());
        }
    }
}
