package dev.modelregistry.core.yaml;

import static dev.modelregistry.core.yaml.YamlTestSupport.PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.yaml.YamlScalar.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class YamlWriterTest {

    /** Strings that YAML readers are tempted to read as something else, or that are hard to quote. */
    private static final List<String> TRICKY_STRINGS = List.of(
            "1.10", "yes", "no", "on", "off", "y", "n", "Yes", "TRUE", "true", "false", "0123", "0x1F", "0o17",
            "1_000", "+1", "1e3", ".inf", "-.inf", ".nan", "2001-12-14", "2001-12-14T21:59:43.10-05:00", "1:20",
            "null", "Null", "~", "", " ", "<<", "=", "*a", "&a", "!!str x", "!foo", "- x", "? x", "# not a comment",
            "key: value", "a #b", "'single'", "\"double\"", "back\\slash", "%YAML", "@at", "`tick", "{a: 1}",
            "[1, 2]", "> folded", "| literal", "---", "...", "naïve café ☃ 𝄞 日本語", "tab\there", "\ttab first",
            "multi\nline", "multi\nline\n", "trailing newlines\n\n\n", "\nleading newline", "  leading spaces",
            "trailing spaces  ", "  indented\n    more\n", "line with trailing space \nnext", "# hash\n: colon\n",
            "quote \" and \\ backslash\nand 'single'\n", "line\u2028separator", "bom\uFEFF", "x".repeat(300));

    private static Map<String, Object> richDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "churn");
        document.put("version", "1.10");
        document.put("accuracy", 0.93);
        document.put("tiny", 1e-7);
        document.put("huge", 1e20);
        document.put("negativeZero", -0.0);
        document.put("count", 42);
        document.put("long", Long.MIN_VALUE);
        document.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        document.put("decimal", new BigDecimal("1E-12"));
        document.put("bigDecimal", new BigDecimal("1.5E+30"));
        document.put("deployed", true);
        document.put("tricky", TRICKY_STRINGS);
        Map<String, Object> trickyKeys = new LinkedHashMap<>();
        TRICKY_STRINGS.stream().filter(s -> !s.isEmpty()).forEach(s -> trickyKeys.put(s, s));
        document.put("trickyKeys", trickyKeys);
        document.put("nested", Map.of("list", List.of(Map.of("a", List.of(1, "x", false)), List.of(), Map.of())));
        return document;
    }

    @Test
    void writesBlockStyleWithQuotedStringsAndNoStartMarker() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "churn");
        document.put("version", "1.10");
        document.put("accuracy", 0.93);
        document.put("size", 1024L);
        document.put("decimal", new BigDecimal("1E-7"));
        document.put("deployed", false);
        document.put("description", null);
        document.put("tags", List.of("yes", "0123"));
        document.put("on", "off");
        document.put("model name", "x");
        document.put("empty", List.of());
        document.put("nothing", Map.of());
        document.put("notes", "two\nlines\n");
        document.put("artifact", Map.of("sha256", "abc"));

        assertEquals("""
                name: "churn"
                version: "1.10"
                accuracy: 0.93
                size: 1024
                decimal: 0.0000001
                deployed: false
                tags:
                  - "yes"
                  - "0123"
                "on": "off"
                "model name": "x"
                empty: []
                nothing: {}
                notes: |
                  two
                  lines
                artifact:
                  sha256: "abc"
                """, new String(YamlWriter.write(document), StandardCharsets.UTF_8));
    }

    @Test
    void strictReaderReadsBackTheSameTree() {
        Map<String, Object> document = richDocument();
        YamlMapping root = new StrictYamlReader().read(PATH, YamlWriter.write(Map.of("doc", document)));
        Map<String, Object> back = YamlFields.of(PATH, root).freeForm("doc");
        assertSameTree(document, back);
    }

    @Test
    void numbersKeepTheirWrittenText() {
        YamlMapping root = new StrictYamlReader().read(PATH, YamlWriter.write(richDocument()));
        assertEquals(new YamlScalar(3, Kind.NUMBER, "0.93"), root.get("accuracy").orElseThrow());
        assertEquals("1.0E-7", text(root, "tiny"));
        assertEquals("1.0E+20", text(root, "huge"));
        assertEquals("-0.0", text(root, "negativeZero"));
        assertEquals("-9223372036854775808", text(root, "long"));
        assertEquals("0.000000000001", text(root, "decimal"));
        assertEquals("1500000000000000000000000000000", text(root, "bigDecimal"));
        assertEquals(-0.0, Double.parseDouble(text(root, "negativeZero")));
    }

    @Test
    void decimalsBeyondTheExponentRangeAreWrittenInScientificNotation() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("largest", new BigDecimal("1E+100"));
        document.put("smallest", new BigDecimal("-1.25E-100"));
        document.put("huge", new BigDecimal("1E+400"));
        document.put("tiny", new BigDecimal("-1.25000E-150"));
        byte[] yaml = YamlWriter.write(document);
        YamlMapping root = new StrictYamlReader().read(PATH, yaml);
        assertEquals("1" + "0".repeat(100), text(root, "largest"));
        assertEquals("-0." + "0".repeat(99) + "125", text(root, "smallest"));
        assertEquals("1.0E+400", text(root, "huge"));
        assertEquals("-1.25E-150", text(root, "tiny"));
        assertEquals(0, new BigDecimal("1E+400").compareTo(new BigDecimal(text(root, "huge"))));
        Map<?, ?> loaded = new Yaml().load(new String(yaml, StandardCharsets.UTF_8));
        assertEquals(-1.25e-150, loaded.get("tiny"));
    }

    @Test
    void freeFormNumbersAreNormalisedSoThatWritingAndReadingIsStable() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scale", new BigDecimal("1.50"));
        document.put("exponent", new BigDecimal("1.5E+3"));
        document.put("zero", new BigDecimal("-0.000"));
        document.put("list", List.of(new BigDecimal("100"), new BigDecimal("1E-100")));
        Map<String, Object> once = YamlFields.of(PATH, new StrictYamlReader().read(PATH, YamlWriter.write(
                Map.of("doc", document)))).freeForm("doc");
        byte[] written = YamlWriter.write(Map.of("doc", once));
        Map<String, Object> twice = YamlFields.of(PATH, new StrictYamlReader().read(PATH, written)).freeForm("doc");
        assertEquals(once, twice);
        assertEquals(new String(written, StandardCharsets.UTF_8),
                new String(YamlWriter.write(Map.of("doc", twice)), StandardCharsets.UTF_8));
        assertEquals(Map.of("scale", new BigDecimal("1.5"), "exponent", new BigDecimal("1500"),
                "zero", BigDecimal.ZERO, "list", List.of(new BigDecimal("100"), new BigDecimal("1E-100"))), once);
    }

    @Test
    void plainYaml11ReaderGetsEveryStringBackAsTheSameString() {
        Map<?, ?> loaded = new Yaml().load(new String(YamlWriter.write(richDocument()), StandardCharsets.UTF_8));
        List<?> tricky = assertInstanceOf(List.class, loaded.get("tricky"));
        assertEquals(TRICKY_STRINGS.size(), tricky.size());
        for (int i = 0; i < TRICKY_STRINGS.size(); i++) {
            assertEquals(String.class, tricky.get(i).getClass(), TRICKY_STRINGS.get(i));
            assertEquals(TRICKY_STRINGS.get(i), tricky.get(i));
        }
        Map<?, ?> trickyKeys = assertInstanceOf(Map.class, loaded.get("trickyKeys"));
        trickyKeys.forEach((key, value) -> {
            assertEquals(String.class, key.getClass(), String.valueOf(key));
            assertEquals(key, value);
        });
        assertEquals(TRICKY_STRINGS.size() - 1, trickyKeys.size());
        assertEquals("1.10", loaded.get("version"));
        assertEquals(0.93, loaded.get("accuracy"));
        assertEquals(1e-7, loaded.get("tiny"));
        assertEquals(1e20, loaded.get("huge"));
        assertEquals(new BigInteger("123456789012345678901234567890"), loaded.get("bigInteger"));
        assertEquals(true, loaded.get("deployed"));
    }

    @Test
    void nullMapValuesAreOmittedAndEmptyCollectionsKept() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("absent", null);
        document.put("list", List.of());
        document.put("map", Map.of());
        YamlFields fields = YamlFields.of(PATH, new StrictYamlReader().read(PATH, YamlWriter.write(document)));
        assertEquals(List.of(), fields.stringList("list"));
        assertEquals(Map.of(), fields.freeForm("map"));
        assertEquals(List.of("list", "map"),
                List.copyOf(new StrictYamlReader().read(PATH, YamlWriter.write(document)).entries().keySet()));
    }

    @Test
    void nestingUpToTheReaderLimitIsWrittenAndDeeperIsRefused() {
        assertTrue(YamlWriter.write(nested(StrictYamlReader.MAX_DEPTH)).length > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YamlWriter.write(nested(StrictYamlReader.MAX_DEPTH + 1)));
        assertTrue(e.getMessage().contains("deeper than 64 levels"), e.getMessage());
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        assertThrows(IllegalArgumentException.class, () -> YamlWriter.write(cycle));
    }

    @Test
    void valuesThatCannotRoundTripAreRefused() {
        assertRefused(Map.of("x", Double.NaN), "only finite numbers");
        assertRefused(Map.of("x", Double.POSITIVE_INFINITY), "only finite numbers");
        assertRefused(Map.of("x", 1.5f), "cannot write a java.lang.Float");
        assertRefused(Map.of("x", new Object()), "cannot write a java.lang.Object");
        assertRefused(Map.of("x", "bell\u0007"), "control character U+0007");
        assertRefused(Map.of("x\r", "v"), "control character U+000D");
        assertRefused(Map.of("x", "a\uD800b"), "unpaired surrogate U+D800");
        assertRefused(Map.of("x", "a\uDE00"), "unpaired surrogate U+DE00");
        assertRefused(Map.of("\uD83D", "v"), "unpaired surrogate U+D83D");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        assertRefused(Map.of("x", withNull), "lists may not contain null");
        assertRefused(Map.of("x", Map.of(1, "v")), "map keys must be non-empty strings, found 1");
        assertRefused(Map.of("x", Map.of("", "v")), "map keys must be non-empty strings, found \"\"");
    }

    private static void assertRefused(Map<String, ?> document, String phrase) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YamlWriter.write(document));
        assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> map = Map.of();
        for (int level = 1; level < depth; level++) {
            map = Map.of("a", map);
        }
        return map;
    }

    private static String text(YamlMapping root, String key) {
        return ((YamlScalar) root.get(key).orElseThrow()).text();
    }

    /** Same structure, order and values; numbers compared by decimal value. */
    private static void assertSameTree(Object expected, Object actual) {
        if (expected instanceof Map<?, ?> map) {
            Map<?, ?> actualMap = assertInstanceOf(Map.class, actual);
            assertEquals(List.copyOf(map.keySet()), List.copyOf(actualMap.keySet()));
            map.forEach((key, value) -> assertSameTree(value, actualMap.get(key)));
        } else if (expected instanceof List<?> list) {
            List<?> actualList = assertInstanceOf(List.class, actual);
            assertEquals(list.size(), actualList.size());
            for (int i = 0; i < list.size(); i++) {
                assertSameTree(list.get(i), actualList.get(i));
            }
        } else if (expected instanceof Number number) {
            BigDecimal actualNumber = assertInstanceOf(BigDecimal.class, actual);
            assertEquals(0, new BigDecimal(number.toString()).compareTo(actualNumber), number + " vs " + actual);
        } else {
            assertEquals(expected, actual);
        }
    }
}
