package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

/**
 * A registry full of hostile and broken files, pushed with the real git command line as a pull
 * request would bring them: {@code check()} reports each one with its path, line, rule and fix,
 * and reading an affected version fails with an error naming the file, never a crash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRegistryTest {

    private static final int DEEP = 50_000;

    private Path registryPath;
    private final TestRegistries registries = new TestRegistries();

    /** A valid card of {@code name@version} in {@code stage}, 9 lines long, followed by {@code extra}. */
    private static String card(String name, String version, String stage, String extra) {
        return "name: \"" + name + "\"\n"
                + "version: \"" + version + "\"\n"
                + "stage: \"" + stage + "\"\n"
                + "createdAt: \"2026-11-22T10:15:30Z\"\n"
                + "createdBy: \"Mallory <mallory@example.com>\"\n"
                + "artifact:\n"
                + "  uri: \"file:///artifacts/model.bin\"\n"
                + "  sha256: \"" + Samples.sha256(name + version) + "\"\n"
                + "  size: 1024\n"
                + extra;
    }

    private static String hostile(String version, String extra) {
        return card("hostile", version, "development", extra);
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("metadata:\n  lol0: &a0 \"lol\"\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("  lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    @BeforeAll
    void pushTheHostileCorpus(@TempDir Path dir) {
        registryPath = dir.resolve("registry");
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("fraud", "genuine").build());
        }
        WorkTreeClone.of(registryPath, dir.resolve("clone"))
                .write("README.md", "Team notes are fine here.\n")
                .write("models/hostile/1.0.0/card.yaml", hostile("1.0.0", "# " + "x".repeat(1 << 20) + "\n"))
                .write("models/hostile/2.0.0/card.yaml", hostile("2.0.0",
                        "metadata: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n"))
                .write("models/hostile/3.0.0/card.yaml", hostile("3.0.0", aliasBomb()))
                .write("models/hostile/3.1.0/card.yaml", hostile("3.1.0", "description: *who\n"))
                .write("models/hostile/4.0.0/card.yaml", hostile("4.0.0", "metadata:\n  <<: {notes: \"merged\"}\n"))
                .write("models/hostile/5.0.0/card.yaml", hostile("5.0.0",
                        "description: !!java.net.URL \"http://evil.example.com/\"\n"))
                .write("models/hostile/6.0.0/card.yaml", hostile("6.0.0", "stage: \"production\"\n"))
                .write("models/hostile/7.0.0/card.yaml", hostile("7.0.0", "---\nname: \"hostile\"\n"))
                .write("models/hostile/8.0.0/card.yaml", hostile("8.0.0", "stagee: \"production\"\n"))
                .write("models/hostile/9.0.0/card.yaml", hostile("9.0.0", "").replace("\"9.0.0\"", "1.10"))
                .write("models/churn/model.yaml", "name: \"churn\"\naliases:\n  champion: \"1.1.0\"\n"
                        + "  ghost: \"9.9.9\"\n  staging: \"1.0.0\"\n")
                .write("models/churn/1.0.0/card.yaml", card("churn", "1.0.0", "production", ""))
                .write("models/churn/1.1.0/card.yaml", card("churn", "1.1.0", "production", ""))
                .write("models/churn/1.2.0/card.yaml", card("churn", "1.2.0", "qa", ""))
                .write("models/churn/1.3.0/card.yaml", card("churn", "1.3.0", "development",
                        "lineage:\n  parents:\n  - \"churn@1.0.0\"\n  - \"base@1.0.0\"\n"))
                .write("models/churn/1.4.0/card.yaml", card("fraud", "1.4.0", "development", ""))
                .write("models/churn/1.5.0/model.onnx", new byte[] {0, 1, 2, 3})
                .write("models/churn/1.10/card.yaml", card("churn", "1.10", "development", ""))
                .write("models/churn/notes.txt", "retrain monthly\n")
                .symlink("models/churn/latest", "1.1.0")
                .write("models/Churn/model.yaml", "name: \"Churn\"\n")
                .write("models/con/model.yaml", "name: \"con\"\n")
                .write("models/README.md", "what each model is for\n")
                .commitAndPush("Hostile and broken registry files", "main");
        new GitCli(registryPath).run("fsck", "--full", "--strict");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void checkReportsEveryProblemWithItsPathLineRuleAndFix() {
        CheckReport report;
        try (ModelRegistry registry = registries.open(registryPath)) {
            report = registry.check();
        }
        List<String> found = report.problems().stream().map(p -> p.path() + ":" + p.line() + " " + p.rule()).toList();
        List<String> expected = List.of(
                "models/Churn:0 case-clash",
                "models/README.md:0 stray-file",
                "models/churn:0 case-clash",
                "models/churn/1.0.0/card.yaml:3 exclusive-stage",
                "models/churn/1.10:0 name",
                "models/churn/1.2.0/card.yaml:3 unknown-stage",
                "models/churn/1.3.0/card.yaml:13 missing-parent",
                "models/churn/1.4.0/card.yaml:1 path-mismatch",
                "models/churn/1.5.0:0 missing-card",
                "models/churn/1.5.0/model.onnx:0 stray-file",
                "models/churn/latest:0 stray-file",
                "models/churn/model.yaml:4 alias-target",
                "models/churn/model.yaml:5 alias-is-stage",
                "models/churn/notes.txt:0 stray-file",
                "models/con:0 name",
                "models/hostile/1.0.0/card.yaml:0 yaml",
                "models/hostile/2.0.0/card.yaml:10 yaml",
                "models/hostile/3.0.0/card.yaml:11 yaml",
                "models/hostile/3.1.0/card.yaml:10 yaml",
                "models/hostile/4.0.0/card.yaml:11 yaml",
                "models/hostile/5.0.0/card.yaml:10 yaml",
                "models/hostile/6.0.0/card.yaml:10 yaml",
                "models/hostile/7.0.0/card.yaml:11 yaml",
                "models/hostile/8.0.0/card.yaml:10 schema",
                "models/hostile/9.0.0/card.yaml:2 schema");
        assertEquals(expected, found, () -> String.join("\n", report.lines()));
        report.problems().forEach(problem -> assertFalse(problem.fix().isBlank(), problem::toString));
        assertFalse(report.isClean());

        assertProblem(report, "models/hostile/1.0.0/card.yaml", "more than the limit of 524288 bytes");
        assertProblem(report, "models/hostile/2.0.0/card.yaml", "nesting depth (65) exceeds the maximum allowed (64)");
        assertProblem(report, "models/hostile/3.0.0/card.yaml", "anchor '&a0' is not allowed");
        assertProblem(report, "models/hostile/3.1.0/card.yaml", "alias '*who' is not allowed");
        assertProblem(report, "models/hostile/4.0.0/card.yaml", "merge key '<<' is not allowed");
        assertProblem(report, "models/hostile/5.0.0/card.yaml", "explicit tag '!!java.net.URL' is not allowed");
        assertProblem(report, "models/hostile/6.0.0/card.yaml", "duplicate key 'stage' (first on line 3)");
        assertProblem(report, "models/hostile/7.0.0/card.yaml", "a second YAML document starts here");
        assertTrue(problem(report, "models/hostile/8.0.0/card.yaml").describe().endsWith(
                "[schema] unknown field 'stagee'; did you mean 'stage'? allowed fields: name, version, stage,"
                        + " createdAt, createdBy, description, modelType, framework, taskType, metrics,"
                        + " hyperparameters, tags, artifact, exports, lineage, configHash, resources, metadata, card"),
                () -> problem(report, "models/hostile/8.0.0/card.yaml").describe());
        assertTrue(report.lines().contains("models/hostile/9.0.0/card.yaml:2: [schema] version: found a number,"
                + " expected a quoted string; write version: \"1.10\""), () -> String.join("\n", report.lines()));
        assertProblem(report, "models/churn/1.4.0/card.yaml", "name: the file says \"fraud\" but its directory says \"churn\"");
        assertProblem(report, "models/churn/1.10", "Invalid version \"1.10\"");
        assertProblem(report, "models/con", "reserved device name");
        assertProblem(report, "models/Churn", "models/Churn, models/churn differ only in case");
        assertProblem(report, "models/churn/1.0.0/card.yaml",
                "churn@1.0.0 is in production together with churn@1.1.0, but production is exclusive");
        assertEquals("move it out, e.g. stage: \"deprecated\", or move churn@1.1.0 out instead",
                problem(report, "models/churn/1.0.0/card.yaml").fix());
        assertProblem(report, "models/churn/1.2.0/card.yaml", "stage: \"qa\" is not a stage of this registry;"
                + " its stages are: development, staging, canary, production, deprecated, archived");
        assertProblem(report, "models/churn/1.3.0/card.yaml", "base@1.0.0 is not a version in this registry");
        assertProblem(report, "models/churn/latest", "unexpected symbolic link or submodule");
        assertProblem(report, "models/churn/1.5.0/model.onnx", "a version directory holds only card.yaml");
        List<String> aliasProblems = report.problems().stream().filter(p -> p.path().equals("models/churn/model.yaml"))
                .map(Problem::message).toList();
        assertEquals(List.of("aliases.ghost: points to 9.9.9, which is not a version of churn",
                "aliases.staging: \"staging\" is also a stage, so churn@staging would be ambiguous"), aliasProblems);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readingABrokenVersionFailsWithAnErrorNamingItsFile() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            for (String version : List.of("1.0.0", "2.0.0", "3.0.0", "3.1.0", "4.0.0", "5.0.0", "6.0.0", "7.0.0",
                    "8.0.0", "9.0.0")) {
                assertFileRefused(registry, "hostile@" + version, "models/hostile/" + version + "/card.yaml");
            }
            assertFileRefused(registry, "churn@1.4.0", "models/churn/1.4.0/card.yaml");
            assertFileRefused(registry, "churn@latest", "models/churn/1.10");
            assertEquals("genuine".length(), registry.get(ModelReference.parse("fraud@latest")).artifact().size());
        }
    }

    private static void assertFileRefused(ModelRegistry registry, String reference, String path) {
        InvalidRegistryFileException e = assertThrows(InvalidRegistryFileException.class,
                () -> registry.get(ModelReference.parse(reference)), reference);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path), e.getMessage());
        assertTrue(e.getMessage().length() < 1000, e.getMessage());
    }

    private static Problem problem(CheckReport report, String path) {
        return report.problems().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + path + " in:\n"
                        + String.join("\n", report.lines())));
    }

    private static void assertProblem(CheckReport report, String path, String phrase) {
        Problem problem = problem(report, path);
        assertTrue(problem.message().contains(phrase), problem::describe);
    }
}
