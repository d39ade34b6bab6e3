package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

/**
 * {@code check(base, head)} as the gate on pull requests: a corpus of bad pull requests, each made
 * with the real git command line on a branch of a work-tree clone, each caught by its own rule
 * and message; a good one passes.
 */
class ChangeCheckTest {

    private static final String POLICY = """
            formatVersion: 1
            stages:
              development:
                to: [staging, deprecated, archived]
              staging:
                to: [production, development, deprecated, archived]
                protected: true
              production:
                to: [deprecated, archived]
                exclusive: true
                demoteTo: deprecated
                protected: true
                requires:
                  metrics: ["accuracy>=0.9"]
                  fields: [lineage.datasets]
              deprecated:
                to: [production, staging, archived]
              archived:
                to: [deprecated]
            """;
    private static final String GOOD = "models/churn/0.0.1/card.yaml";
    private static final String WEAK = "models/churn/0.0.2/card.yaml";
    private static final String NEW = "models/churn/0.0.3/card.yaml";

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();
    private Path registry;
    private int pullRequests;

    /** churn@0.0.1 (accurate, with datasets) and churn@0.0.2 (weak) in staging, churn@0.0.3 in development. */
    @BeforeEach
    void aRegistryWithAPolicy() {
        registry = dir.resolve("registry");
        try (ModelRegistry opened = registries.open(registry)) {
            opened.register(Samples.request("churn", "good").metrics(Map.of("accuracy", 0.95))
                    .lineage(new Lineage(List.of(), List.of(new Dataset("s3://data/churn/2026-11.parquet", "2026-11",
                            "")), "", "", "", "")).build());
            opened.register(Samples.request("churn", "weak").metrics(Map.of("accuracy", 0.7)).build());
            opened.register(Samples.request("churn", "new").build());
            for (String version : List.of("0.0.1", "0.0.2")) {
                opened.transition(new TransitionRequest(ModelReference.parse("churn@" + version),
                        StageName.of("staging"), "passed offline evaluation"));
            }
        }
        WorkTreeClone.of(registry, dir.resolve("setup")).write("registry.yaml", POLICY)
                .commitAndPush("Require accuracy and datasets for production", "main");
    }

    @Test
    void aGoodPullRequestPasses() {
        CheckReport report = check(pr -> pr.replace(GOOD, "stage: \"staging\"", "stage: \"production\""));
        assertTrue(report.isClean(), () -> String.join("\n", report.lines()));
        assertEquals(1, report.models());
        assertEquals(3, report.versions());
    }

    @Test
    void theChangeIsTakenFromTheMergeBaseSoLaterCommitsOnTheTargetAreNotBlamedOnThePullRequest() {
        String branch = pullRequest(pr -> pr.replace(GOOD, "stage: \"staging\"", "stage: \"production\""));
        try (ModelRegistry opened = registries.open(registry)) {
            opened.register(Samples.request("churn", "later").build());
        }
        CheckReport report = check(branch);
        assertTrue(report.isClean(), () -> String.join("\n", report.lines()));
    }

    @Test
    void anIllegalStageMove() {
        assertOnly(check(pr -> pr.replace(NEW, "stage: \"development\"", "stage: \"production\"")), NEW,
                "stage-move", "churn@0.0.3 moves from development to production, which registry.yaml does not allow;"
                        + " from development a version may move to: staging, deprecated, archived");
    }

    @Test
    void aNewVersionOutsideTheInitialStage() {
        assertOnly(check(pr -> pr.write("models/churn/0.0.4/card.yaml", pr.read(NEW)
                .replace("version: \"0.0.3\"", "version: \"0.0.4\"").replace("\"development\"", "\"staging\""))),
                "models/churn/0.0.4/card.yaml", "initial-stage", "new version churn@0.0.4 starts in staging, but new"
                        + " versions start in development; register it in development and promote it in later"
                        + " changes, one legal move each");
    }

    @Test
    void aChangedArtifactDigest() {
        String digest = Samples.sha256("new");
        CheckReport report = check(pr -> pr.replace(NEW, "sha256: \"" + digest, "sha256: \"" + Samples.sha256("swapped")));
        assertEquals(List.of("artifact-changed", "registered-artifact"),
                report.problems().stream().map(Problem::rule).toList(), () -> String.join("\n", report.lines()));
        assertTrue(report.problems().get(0).describe().endsWith("the artifact of churn@0.0.3 changed (sha256 " + digest
                + ", size 3 before); a registered artifact never changes; restore artifact as it was, and register the"
                + " new model file as a new version"), report.problems().get(0).describe());
    }

    @Test
    void aChangedIdentityField() {
        assertOnly(check(pr -> pr.replace(NEW, "createdBy: \"Alice Analyst", "createdBy: \"Mallory")), NEW,
                "immutable-field", "createdBy of churn@0.0.3 changed; it is fixed when the version is registered;"
                        + " restore createdBy as it was at the base");
    }

    @Test
    void aVersionDeletedFromAProtectedStage() {
        assertOnly(check(pr -> pr.delete("models/churn/0.0.2")), WEAK, "protected-delete", "churn@0.0.2 is deleted"
                + " from staging, a protected stage; restore it; deleting a version in a protected stage needs force,"
                + " recorded in its commit's Forced trailer: mvn model:delete -Dmodel.ref=churn@0.0.2"
                + " -Dmodel.force=true -Dmodel.reason=\"...\"");
    }

    @Test
    void aVersionDeletedFromAnUnprotectedStageIsFine() {
        CheckReport report = check(pr -> pr.delete("models/churn/0.0.3"));
        assertTrue(report.isClean(), () -> String.join("\n", report.lines()));
    }

    @Test
    void aVersionEnteringAStageWithoutWhatItRequires() {
        CheckReport report = check(pr -> pr.replace(WEAK, "stage: \"staging\"", "stage: \"production\""));
        assertEquals(List.of(WEAK + ":3: [stage-requirements] churn@0.0.2 enters production but field"
                + " lineage.datasets is empty; fill it in, or leave the version where it was until it meets what"
                + " registry.yaml requires for production", WEAK + ":3: [stage-requirements] churn@0.0.2 enters"
                + " production but metric accuracy is 0.7 (needs accuracy>=0.9); fill it in, or leave the version"
                + " where it was until it meets what registry.yaml requires for production"),
                report.lines().stream().sorted().toList());
    }

    @Test
    void twoVersionsInAnExclusiveStageAreStillCaughtByTheWholeTreeRules() {
        String accurate = "metrics:\n  accuracy: 0.7";
        CheckReport report = check(pr -> pr.replace(GOOD, "stage: \"staging\"", "stage: \"production\"")
                .replace(WEAK, "stage: \"staging\"", "stage: \"production\"")
                .replace(WEAK, accurate, "metrics:\n  accuracy: 0.91"));
        assertEquals(List.of("exclusive-stage", "stage-requirements"),
                report.problems().stream().map(Problem::rule).sorted().toList(), () -> String.join("\n", report.lines()));
    }

    @Test
    void aBaseOrHeadThatNamesNoCommitIsAUsageErrorNamingIt() {
        try (ModelRegistry opened = registries.open(registry)) {
            RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> opened.check("origin/main",
                    "main"));
            assertTrue(e.getMessage().startsWith("\"origin/main\" names no commit"), e.getMessage());
            assertEquals(Input.REVISION, e.input());
        }
    }

    @Test
    void aGitConfigThatDoesNotReadIsBlamedOnTheRegistryNotOnTheRevision() throws IOException {
        Files.writeString(registry.resolve("config"), "[core\n");
        try (ModelRegistry opened = registries.open(registry)) {
            RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> opened.check("main"));
            assertEquals(Input.REGISTRY, e.input());
            assertTrue(e.getMessage().contains("Fix its Git configuration file " + registry.resolve("config")),
                    e.getMessage());
        }
    }

    /** Checks a pull request made by {@code edit} against main. */
    private CheckReport check(UnaryOperator<WorkTreeClone> edit) {
        return check(pullRequest(edit));
    }

    private CheckReport check(String branch) {
        try (ModelRegistry opened = registries.open(registry)) {
            return opened.check("main", branch);
        }
    }

    /** A pull request: a clone of main, a branch, {@code edit}, committed and pushed; returns the branch. */
    private String pullRequest(UnaryOperator<WorkTreeClone> edit) {
        String branch = "pr-" + ++pullRequests;
        edit.apply(WorkTreeClone.of(registry, dir.resolve(branch)).branch(branch)).commitAndPush("Edit by hand", branch);
        new GitCli(registry).run("rev-parse", "--verify", "refs/heads/" + branch);
        return branch;
    }

    private static void assertOnly(CheckReport report, String path, String rule, String described) {
        assertEquals(1, report.problems().size(), () -> String.join("\n", report.lines()));
        Problem problem = report.problems().get(0);
        assertEquals(path, problem.path());
        assertEquals(rule, problem.rule());
        assertTrue(problem.describe().endsWith(described), problem.describe());
    }
}
