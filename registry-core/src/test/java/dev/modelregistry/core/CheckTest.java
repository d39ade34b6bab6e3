package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

/** {@code check()} on registries written by the library and by people with the git command line. */
class CheckTest {

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    @Test
    void anEmptyRegistryIsClean() {
        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            CheckReport report = registry.check();
            assertTrue(report.isClean(), () -> String.join("\n", report.lines()));
            assertTrue(report.commit().isEmpty());
            assertEquals(0, report.models());
            assertEquals(0, report.versions());
        }
    }

    @Test
    void whatTheLibraryWritesIsCleanAndTeamFilesBesideModelsAreAllowed() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
            registry.register(Samples.request("churn", "2").build());
            registry.transition(new TransitionRequest(ModelReference.parse("churn@0.0.1"), StageName.of("staging"),
                    "offline evaluation passed"));
            registry.register(Samples.request("churn-child", "3").lineage(new Lineage(
                    List.of(VersionId.parse("churn@0.0.1")), List.of(), "", "", "", "")).build());
        }
        String head = WorkTreeClone.of(path, dir.resolve("clone"))
                .write("README.md", "# Our models\n")
                .write("CODEOWNERS", "models/ @ml-platform\n")
                .write(".github/workflows/check.yml", "on: pull_request\n")
                .write("registry.yaml", "formatVersion: 1\n")
                .commitAndPush("Describe the registry", "main");
        try (ModelRegistry registry = registries.open(path)) {
            CheckReport report = registry.check();
            assertTrue(report.isClean(), () -> String.join("\n", report.lines()));
            assertEquals(head, report.commit().orElseThrow());
            assertEquals(2, report.models());
            assertEquals(3, report.versions());
        }
    }

    @Test
    void checksAnyCommitOfTheRegistryRepositorySuchAsAPullRequestHead() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
        }
        String pullRequestHead = WorkTreeClone.of(path, dir.resolve("clone"))
                .write("models/churn/notes.txt", "todo: retrain\n")
                .commitAndPush("Add notes", "pr-12");
        try (ModelRegistry registry = registries.open(path)) {
            assertTrue(registry.check().isClean());
            List<String> expected = List.of("models/churn/notes.txt: [stray-file] unexpected file: a model directory"
                    + " holds only model.yaml and version directories; move it out of models/ (to the top level, say)"
                    + " or delete it");
            assertEquals(expected, registry.check("pr-12").lines());
            assertEquals(expected, registry.check(pullRequestHead).lines());
            assertEquals(expected, registry.check("refs/heads/pr-12").lines());
            assertTrue(registry.check("pr-12~1").isClean());
            assertEquals(pullRequestHead, registry.check("pr-12").commit().orElseThrow());
        }
    }

    @Test
    void anUnknownCommitishIsAUsageErrorNamingIt() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
            String tree = new GitCli(path).run("rev-parse", "main^{tree}").strip();
            for (String commitish : List.of("no-such-branch", "main~5", "", tree, "main..pr")) {
                RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> registry.check(commitish));
                assertEquals(Input.REVISION, e.input());
                assertTrue(e.getMessage().startsWith("\"" + commitish + "\" "), e.getMessage());
                assertTrue(e.getMessage().contains("such as main."), e.getMessage());
            }
            RegistryUsageException none = assertThrows(RegistryUsageException.class, () -> registry.check(null));
            assertEquals(Input.REVISION, none.input());
            assertEquals("No commit to check (null); give a branch, tag or commit id of the registry repository, or"
                    + " check the registry branch with check().", none.getMessage());
        }
    }

    @Test
    void aBrokenPolicyIsReportedAndStageRulesAreSkippedRatherThanGuessed() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
        }
        WorkTreeClone.of(path, dir.resolve("clone"))
                .write("registry.yaml", "formatVersion: 1\nstages:\n  review:\n    to: [\"production\"]\n")
                .commitAndPush("Add a review stage", "main");
        try (ModelRegistry registry = registries.open(path)) {
            List<Problem> problems = registry.check().problems();
            assertEquals(1, problems.size(), problems::toString);
            Problem problem = problems.get(0);
            assertEquals("registry.yaml", problem.path());
            assertEquals("schema", problem.rule());
            assertTrue(problem.message().contains("stage review names production, which is not one of the stages"),
                    problem.message());
            assertEquals("list every stage you name under stages", problem.fix());
        }
    }

    @Test
    void reportsTheShapeOfTheTreeVersionMismatchesAndSamePrecedence() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").version(Version.parse("1.0.0+a")).build());
        }
        String card = new GitCli(path).run("show", "main:models/churn/1.0.0+a/card.yaml");
        WorkTreeClone.of(path, dir.resolve("clone"))
                .write("models/churn/1.0.0+b/card.yaml", card.replace("1.0.0+a", "1.0.0+b"))
                .write("models/churn/2.0.0/card.yaml", card.replace("1.0.0+a", "2.0.1"))
                .write("models/churn/3.0.0/card.yaml/README.md", "a directory where the card should be\n")
                .write("models/fraud", "a file where a model directory should be\n")
                .write("registry.yaml/defaults.yaml", "formatVersion: 1\n")
                .commitAndPush("Break the layout", "main");
        try (ModelRegistry registry = registries.open(path)) {
            assertEquals(List.of(
                    "models/churn/1.0.0+b: [same-precedence] churn@1.0.0+b has the same precedence as churn@1.0.0+a"
                            + " (they differ only in build metadata), so latest and stage lookups cannot choose"
                            + " between them; remove one of them, or give it another version",
                    "models/churn/2.0.0/card.yaml:2: [path-mismatch] version: the file says \"2.0.1\" but its"
                            + " directory says \"2.0.0\"; write version: \"2.0.0\", or move the file into the"
                            + " directory for \"2.0.1\"",
                    "models/churn/3.0.0: [missing-card] the version directory of churn@3.0.0 has no card.yaml;"
                            + " add its card, or remove the directory",
                    "models/churn/3.0.0/card.yaml: [stray-file] unexpected directory: a version directory holds"
                            + " only card.yaml; artifacts live in artifact storage, named by artifact.uri; move it out"
                            + " of models/ (to the top level, say) or delete it",
                    "models/fraud: [stray-file] unexpected file: models/ holds only model directories; move it out"
                            + " of models/ (to the top level, say) or delete it",
                    "registry.yaml: [stray-file] unexpected directory: the policy must be a regular file, so it is"
                            + " not read; replace it with a regular file"), registry.check().lines());
        }
    }
}
