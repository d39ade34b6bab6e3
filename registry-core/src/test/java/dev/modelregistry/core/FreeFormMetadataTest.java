package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.FreeForm;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * Free-form metadata given through the API: copied deeply and immutably, its numbers normalised the
 * way a card file reads them, so a registered card equals the one read back; bad trees are refused.
 */
class FreeFormMetadataTest {

    private static final ModelReference CHURN = ModelReference.parse("churn@1.0.0");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private static Map<String, Object> callerTree(List<Object> list) {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("ratio", 0.5);
        nested.put("list", list);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("epochs", 3);
        tree.put("seed", 42L);
        tree.put("scale", new BigDecimal("1.50"));
        tree.put("big", new BigDecimal("1.5E+3"));
        tree.put("nested", nested);
        return tree;
    }

    @Test
    void aRegisteredCardEqualsTheCardReadBackAndCannotBeChangedThroughTheCallersTree() {
        List<Object> list = new ArrayList<>(List.of(1.0, "x", true));
        Map<String, Object> tree = callerTree(list);
        RegisterRequest request = Samples.request("churn", "a").version(Version.parse("1.0.0")).metadata(tree).build();
        list.add("added after build");
        ((Map<?, ?>) tree.get("nested")).clear();

        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            ModelCard registered = registry.register(request).card();
            ModelCard read = registry.get(CHURN);
            assertEquals(read, registered);
            assertEquals(Map.of("epochs", new BigDecimal("3"), "seed", new BigDecimal("42"),
                    "scale", new BigDecimal("1.5"), "big", new BigDecimal("1500"),
                    "nested", Map.of("ratio", new BigDecimal("0.5"), "list", List.of(BigDecimal.ONE, "x", true))),
                    read.metadata());

            Map<?, ?> nested = (Map<?, ?>) registered.metadata().get("nested");
            assertThrows(UnsupportedOperationException.class, nested::clear);
            assertThrows(UnsupportedOperationException.class, () -> ((List<?>) nested.get("list")).clear());

            UpdateResult<ModelCard> same = registry.updateVersion(UpdateVersionRequest.builder(CHURN)
                    .metadata(callerTree(new ArrayList<>(List.of(1, "x", true)))).build());
            assertEquals(List.of(), same.changed());
            UpdateResult<ModelCard> updated = registry.updateVersion(UpdateVersionRequest.builder(CHURN)
                    .metadata(Map.of("nested", Map.of("list", List.of(2.25)))).build());
            assertEquals(List.of("metadata"), updated.changed());
            assertEquals(registry.get(CHURN), updated.value());
        }
    }

    @Test
    void aNullAnywhereInTheTreeIsRefusedNamingItsKey() {
        Map<String, Object> top = new HashMap<>();
        top.put("x", null);
        assertRefused(top, "metadata value for key 'x' is null; leave the key out, or give it a value.");
        List<Object> list = new ArrayList<>();
        list.add("a");
        list.add(null);
        assertRefused(Map.of("a", Map.of("list", list)), "metadata value for key 'a.list[1]' is null;");
        RegistryUsageException request = assertThrows(RegistryUsageException.class,
                () -> Samples.request("churn", "a").metadata(top).build());
        assertEquals(Input.OTHER, request.input());
        RegistryUsageException update = assertThrows(RegistryUsageException.class,
                () -> UpdateVersionRequest.builder(CHURN).metadata(top).build());
        assertEquals(request.getMessage(), update.getMessage());
    }

    @Test
    void keysValuesAndNumbersACardFileCannotHoldAreRefused() {
        assertRefused(Map.of("", "x"), "metadata has an empty key; give every entry a text name.");
        assertRefused(Map.of("a", Map.of(1, "x")), "metadata under 'a' has the key 1, which is not text;");
        assertRefused(Map.of("a", 1.5f), "metadata value for key 'a' is a java.lang.Float; use text, a number");
        assertRefused(Map.of("a", Double.NaN), "metadata value for key 'a' is NaN; a number must be finite.");
        assertRefused(Map.of("a", 1e101), "metadata value for key 'a' is 1.0E+101, out of range;");
        assertRefused(Map.of("a", List.of(new BigDecimal("1E-101"))), "metadata value for key 'a[0]' is 1E-101");
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        assertRefused(cycle, "metadata nests deeper than 63 levels at key 'self.self.");
    }

    @Test
    void textTheCardFileCannotHoldDeepInTheTreeIsRefusedAndWritesNothing() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "a").version(Version.parse("1.0.0")).build());
            UpdateVersionRequest request = UpdateVersionRequest.builder(CHURN)
                    .metadata(Map.of("a", List.of(Map.of("b", "bell \u0007")))).build();
            RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> registry.updateVersion(request));
            assertEquals(Input.OTHER, e.input());
            assertTrue(e.getMessage().startsWith("The change cannot be stored in models/churn/1.0.0/card.yaml:"
                    + " control character U+0007"),
                    e.getMessage());
        }
        assertEquals("1", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    private static void assertRefused(Map<String, ?> tree, String start) {
        RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> FreeForm.immutableCopy(tree));
        assertEquals(Input.OTHER, e.input());
        assertEquals(start, e.getMessage().substring(0, Math.min(start.length(), e.getMessage().length())),
                e.getMessage());
    }
}
