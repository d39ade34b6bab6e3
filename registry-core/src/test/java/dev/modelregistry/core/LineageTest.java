package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.query.LineageNode;
import dev.modelregistry.core.query.LineageReport;
import dev.modelregistry.core.query.LineageText;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HandEditor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * Lineage across models: a base model, two fine-tunes of it and a model distilled from one of
 * the fine-tunes, then a deleted parent, an unknown parent and a cycle made by hand editing.
 */
class LineageTest {

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();
    private Path path;

    @BeforeEach
    void registerTheFamily() {
        path = dir.resolve("registry");
        register("base", "1.0.0");
        register("ft-a", "1.0.0", "base@1.0.0");
        register("ft-b", "1.0.0", "base@1.0.0");
        register("distilled", "0.1.0", "ft-a@1.0.0");
    }

    private void register(String name, String version, String... parents) {
        Lineage lineage = new Lineage(List.of(parents).stream().map(VersionId::parse).toList(), List.of(), "", "", "",
                "");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request(name, name + version).version(Version.parse(version)).lineage(lineage)
                    .build());
        }
    }

    private LineageReport lineage(String reference) {
        try (ModelRegistry registry = registries.open(path)) {
            return registry.lineage(ModelReference.parse(reference));
        }
    }

    private List<String> text(String reference) {
        return LineageText.lines(lineage(reference));
    }

    @Test
    void ancestorsAndDescendantsCrossModels() {
        assertEquals(List.of(
                "Ancestors of distilled@0.1.0:",
                "distilled@0.1.0",
                "└── ft-a@1.0.0",
                "    └── base@1.0.0",
                "Descendants of distilled@0.1.0:",
                "distilled@0.1.0"), text("distilled@latest"));
        assertEquals(List.of(
                "Ancestors of base@1.0.0:",
                "base@1.0.0",
                "Descendants of base@1.0.0:",
                "base@1.0.0",
                "├── ft-a@1.0.0",
                "│   └── distilled@0.1.0",
                "└── ft-b@1.0.0"), text("base@1.0.0"));
    }

    @Test
    void theTreesAreImmutableRecordsOfPresentVersions() {
        LineageReport report = lineage("ft-a@1.0.0");
        VersionId ftA = VersionId.parse("ft-a@1.0.0");
        assertEquals(new LineageNode(ftA, LineageNode.Status.PRESENT,
                List.of(LineageNode.leaf(VersionId.parse("base@1.0.0"), LineageNode.Status.PRESENT))),
                report.ancestors());
        assertEquals(new LineageNode(ftA, LineageNode.Status.PRESENT,
                List.of(LineageNode.leaf(VersionId.parse("distilled@0.1.0"), LineageNode.Status.PRESENT))),
                report.descendants());
        assertThrows(UnsupportedOperationException.class, () -> report.ancestors().next().clear());
    }

    @Test
    void aDepthLimitStopsEachTreeAndSaysSo() {
        try (ModelRegistry registry = registries.open(path)) {
            LineageReport report = registry.lineage(ModelReference.parse("base@1.0.0"), 1);
            assertEquals(List.of(
                    "base@1.0.0",
                    "├── ft-a@1.0.0 (depth limit)",
                    "└── ft-b@1.0.0"), LineageText.lines(report.descendants()));
            for (int depth : new int[] {0, -1}) {
                RegistryUsageException error = assertThrows(RegistryUsageException.class,
                        () -> registry.lineage(ModelReference.parse("base@1.0.0"), depth));
                assertEquals(Input.OTHER, error.input());
                assertEquals("Invalid lineage depth " + depth + ": it must be at least 1; give how many generations"
                        + " to show, or leave the depth out for all of them.", error.getMessage());
            }
        }
    }

    @Test
    void aVersionReachedTwiceIsShownOnceUnlessTheDepthLimitCutItShort() {
        register("tiny", "1.0.0", "distilled@0.1.0");
        register("merged", "1.0.0", "tiny@1.0.0", "distilled@0.1.0");
        assertEquals(List.of(
                "merged@1.0.0",
                "├── tiny@1.0.0",
                "│   └── distilled@0.1.0",
                "│       └── ft-a@1.0.0",
                "│           └── base@1.0.0",
                "└── distilled@0.1.0 (shown above)"), LineageText.lines(lineage("merged@1.0.0").ancestors()));
        try (ModelRegistry registry = registries.open(path)) {
            assertEquals(List.of(
                    "merged@1.0.0",
                    "├── tiny@1.0.0",
                    "│   └── distilled@0.1.0",
                    "│       └── ft-a@1.0.0 (depth limit)",
                    "└── distilled@0.1.0",
                    "    └── ft-a@1.0.0",
                    "        └── base@1.0.0"),
                    LineageText.lines(registry.lineage(ModelReference.parse("merged@1.0.0"), 3).ancestors()));
        }
    }

    @Test
    void aDeletedOrNeverRegisteredParentIsShownMissing() {
        HandEditor editor = HandEditor.clone(path, dir.resolve("clone"));
        String ftB = "models/ft-b/1.0.0/card.yaml";
        String card = editor.read(ftB);
        String withGhost = card.replaceFirst("( *)- \"base@1.0.0\"\n", "$0$1- \"ghost@9.9.9\"\n");
        assertTrue(withGhost.contains("\"ghost@9.9.9\""), card);
        editor.remove("models/base")
                .write(ftB, withGhost)
                .commitAndPush("Remove base and give ft-b an unknown parent");
        assertEquals("", new GitCli(path).run("ls-tree", "main", "models/base"));
        assertEquals(List.of(
                "Ancestors of distilled@0.1.0:",
                "distilled@0.1.0",
                "└── ft-a@1.0.0",
                "    └── base@1.0.0 (missing)",
                "Descendants of distilled@0.1.0:",
                "distilled@0.1.0"), text("distilled@0.1.0"));
        LineageNode ancestors = lineage("ft-b@1.0.0").ancestors();
        assertEquals(List.of("base@1.0.0", "ghost@9.9.9"),
                ancestors.next().stream().map(node -> node.id().toString()).toList());
        assertTrue(ancestors.next().stream().noneMatch(LineageNode::present));
        assertThrows(NotFoundException.class, () -> lineage("base@1.0.0"));
    }

    @Test
    void aCycleMadeByHandEditingEndsTheTreeAndIsMarked() {
        HandEditor editor = HandEditor.clone(path, dir.resolve("clone"));
        String base = "models/base/1.0.0/card.yaml";
        String card = editor.read(base);
        assertFalse(card.contains("lineage:"), card);
        editor.write(base, card + "lineage:\n  parents:\n  - \"distilled@0.1.0\"\n")
                .commitAndPush("Claim that base was distilled, closing a loop");
        assertEquals(List.of(
                "Ancestors of distilled@0.1.0:",
                "distilled@0.1.0",
                "└── ft-a@1.0.0",
                "    └── base@1.0.0",
                "        └── distilled@0.1.0 (cycle)",
                "Descendants of distilled@0.1.0:",
                "distilled@0.1.0",
                "└── base@1.0.0",
                "    ├── ft-a@1.0.0",
                "    │   └── distilled@0.1.0 (cycle)",
                "    └── ft-b@1.0.0"), text("distilled@0.1.0"));
        LineageNode loop = lineage("distilled@0.1.0").ancestors().next().get(0).next().get(0).next().get(0);
        assertEquals(LineageNode.Status.CYCLE, loop.status());
        assertTrue(loop.present());
        assertEquals(List.of(), loop.next());
    }

    @Test
    void aVersionThatIsItsOwnParentIsACycleOfOne() {
        HandEditor editor = HandEditor.clone(path, dir.resolve("clone"));
        String ftB = "models/ft-b/1.0.0/card.yaml";
        editor.write(ftB, editor.read(ftB).replace("\"base@1.0.0\"", "\"ft-b@1.0.0\""))
                .commitAndPush("Make ft-b its own parent");
        assertEquals(List.of(
                "Ancestors of ft-b@1.0.0:",
                "ft-b@1.0.0",
                "└── ft-b@1.0.0 (cycle)",
                "Descendants of ft-b@1.0.0:",
                "ft-b@1.0.0",
                "└── ft-b@1.0.0 (cycle)"), text("ft-b@1.0.0"));
    }
}
