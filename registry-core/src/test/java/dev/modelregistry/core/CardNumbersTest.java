package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HandEditor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * Numbers in cards, edited by hand with the real git command line: free-form numbers read back
 * equal after the registry rewrites the card, and numbers no reader agrees on are refused.
 */
class CardNumbersTest {

    private static final ModelReference CHURN = ModelReference.parse("churn@1.0.0");
    private static final String CARD = "models/churn/1.0.0/card.yaml";

    @TempDir
    Path dir;

    private Path path;
    private final TestRegistries registries = new TestRegistries();

    @BeforeEach
    void registerChurn() {
        path = dir.resolve("registry");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "a").version(Version.parse("1.0.0")).build());
        }
    }

    private void appendToCard(String yaml) {
        HandEditor editor = HandEditor.clone(path, dir.resolve("clone"));
        editor.write(CARD, editor.read(CARD) + yaml).commitAndPush("Edit the churn card by hand");
    }

    @Test
    void freeFormNumbersReadBackEqualAfterTheRegistryRewritesTheCard() {
        appendToCard("""
                metadata:
                  scale: 1.50
                  big: 1.5e+3
                  tiny: 2.50e-7
                  zero: -0.0
                  largest: 1.0e+100
                  nested: {list: [10, 0.10]}
                """);
        try (ModelRegistry registry = registries.open(path)) {
            ModelCard edited = registry.get(CHURN);
            assertEquals(Map.of("scale", new BigDecimal("1.5"), "big", new BigDecimal("1500"),
                    "tiny", new BigDecimal("2.5E-7"), "zero", BigDecimal.ZERO, "largest", BigDecimal.TEN.pow(100),
                    "nested", Map.of("list", List.of(BigDecimal.TEN, new BigDecimal("0.1")))),
                    edited.metadata());

            registry.updateVersion(UpdateVersionRequest.builder(CHURN).description("rewritten").build());
            ModelCard rewritten = registry.get(CHURN);
            assertEquals(edited.metadata(), rewritten.metadata());
            registry.updateVersion(UpdateVersionRequest.builder(CHURN).description("rewritten again").build());
            assertEquals(rewritten.metadata(), registry.get(CHURN).metadata());
        }
        String yaml = new GitCli(path).run("show", "main:" + CARD);
        assertTrue(yaml.contains("  big: 1500\n"), yaml);
        assertTrue(yaml.contains("  tiny: 0.00000025\n"), yaml);
        assertTrue(yaml.contains("  zero: 0\n"), yaml);
        assertTrue(yaml.contains("  largest: 1" + "0".repeat(100) + "\n"), yaml);
    }

    @Test
    void freeFormNumbersBeyondTheExponentRangeAreRefusedAtTheirLine() {
        appendToCard("metadata:\n  ok: 1.0e-100\n  huge: 1.0e+400\n");
        try (ModelRegistry registry = registries.open(path)) {
            InvalidRegistryFileException e = assertThrows(InvalidRegistryFileException.class, () -> registry.get(CHURN));
            assertEquals(CARD, e.path());
            assertTrue(e.getMessage().contains(":" + e.line() + ": metadata.huge: number 1.0e+400 is out of range for"
                    + " free-form values; write a number between 1.0e-100 and 1.0e+100 in size, or quote it as text"),
                    e.getMessage());
        }
    }

    @Test
    void aMetricThatA64BitFloatCannotHoldIsRefusedNotRoundedToZero() {
        appendToCard("metrics:\n  p_value: 1.0e-400\n");
        try (ModelRegistry registry = registries.open(path)) {
            InvalidRegistryFileException e = assertThrows(InvalidRegistryFileException.class, () -> registry.get(CHURN));
            assertTrue(e.getMessage().contains("metrics: p_value is out of range"), e.getMessage());
        }
    }

    @Test
    void extremeMetricsAreWrittenInScientificNotationAndReadBack() {
        try (ModelRegistry registry = registries.open(path)) {
            ModelCard card = registry.register(Samples.request("churn", "b").version(Version.parse("1.1.0"))
                    .metrics(Map.of("p_value", 1.5e-200, "huge", 1e300)).build()).card();
            assertEquals(card, registry.get(ModelReference.parse("churn@1.1.0")));
        }
        String yaml = new GitCli(path).run("show", "main:models/churn/1.1.0/card.yaml");
        assertTrue(yaml.contains("  p_value: 1.5E-200\n"), yaml);
        assertTrue(yaml.contains("  huge: 1.0E+300\n"), yaml);
    }
}
