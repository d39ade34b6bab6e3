package dev.modelregistry.core.yaml;

import static dev.modelregistry.core.yaml.YamlTestSupport.PATH;
import static dev.modelregistry.core.yaml.YamlTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.InvalidRegistryFileException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {

    private static final String CARD = """
            name: "churn"
            version: "1.10"
            size: 1024
            accuracy: 0.93
            deployed: true
            tags: ["a", "b"]
            artifact:
              uri: "s3://bucket/model.bin"
              sha256: "abc"
            lineage:
              datasets:
                - uri: "s3://d/1"
                - uri: "s3://d/2"
            metrics:
              auc: 0.91
              loss: 1.0e-7
            hyperparameters:
              lr: "0.10"
              optimizer: "adam"
              nesterov: "true"
            metadata:
              owner: "ml-team"
              nested: {list: [1, "x", false, {k: "v"}]}
            """;

    private static YamlFields fields(String yaml) {
        return YamlFields.of(PATH, read(yaml));
    }

    private static InvalidRegistryFileException refused(String yaml, Consumer<YamlFields> access) {
        return assertThrows(InvalidRegistryFileException.class, () -> {
            YamlFields fields = fields(yaml);
            access.accept(fields);
            fields.finish();
        });
    }

    @Test
    void readsEveryKindOfField() {
        YamlFields card = fields(CARD);

        assertEquals("churn", card.requiredString("name"));
        assertEquals(Optional.of("1.10"), card.optionalString("version"));
        assertEquals(Optional.empty(), card.optionalString("description"));
        assertEquals(Optional.of(1024L), card.optionalLong("size"));
        assertEquals(Optional.of(new BigDecimal("0.93")), card.optionalNumber("accuracy"));
        assertEquals(Optional.of(true), card.optionalBoolean("deployed"));
        assertEquals(List.of("a", "b"), card.stringList("tags"));
        assertEquals(List.of(), card.stringList("labels"));
        YamlFields artifact = card.mapping("artifact").orElseThrow();
        assertEquals("s3://bucket/model.bin", artifact.requiredString("uri"));
        assertEquals("abc", artifact.requiredString("sha256"));
        List<YamlFields> datasets = card.mapping("lineage").orElseThrow().mappingList("datasets");
        assertEquals(List.of("s3://d/1", "s3://d/2"), datasets.stream().map(d -> d.requiredString("uri")).toList());
        Map<String, BigDecimal> metrics = card.numberMap("metrics");
        assertEquals(List.of("auc", "loss"), List.copyOf(metrics.keySet()));
        assertEquals(new BigDecimal("1.0e-7"), metrics.get("loss"));
        Map<String, String> hyperparameters = card.stringMap("hyperparameters");
        assertEquals(List.of("lr", "optimizer", "nesterov"), List.copyOf(hyperparameters.keySet()));
        assertEquals(List.of("0.10", "adam", "true"), List.copyOf(hyperparameters.values()));
        assertEquals(Map.of("owner", "ml-team", "nested",
                        Map.of("list", List.of(new BigDecimal("1"), "x", false, Map.of("k", "v")))),
                card.freeForm("metadata"));
        assertEquals(Map.of(), card.freeForm("extra"));
        card.finish();
    }

    @Test
    void freeFormAndMapsKeepFileOrderAndAreImmutable() {
        YamlFields card = fields("m: {z: 1, a: 2, k: 3}\n");
        Map<String, Object> tree = card.freeForm("m");
        assertEquals(List.of("z", "a", "k"), List.copyOf(tree.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> tree.put("b", "x"));
    }

    @Test
    void unknownFieldSuggestsTheClosestAllowedOne() {
        InvalidRegistryFileException e = refused("name: \"x\"\naccuracy: 0.9\nacuracy: 0.9\n", f -> {
            f.requiredString("name");
            f.optionalNumber("accuracy");
            f.optionalString("description");
        });
        assertEquals(PATH + ":3: unknown field 'acuracy'; did you mean 'accuracy'? "
                + "allowed fields: name, accuracy, description", e.getMessage());
    }

    @Test
    void unknownFieldWithoutCloseMatchListsAllowedFields() {
        InvalidRegistryFileException e = refused("name: \"x\"\nzzz: 1\n", f -> f.requiredString("name"));
        assertEquals(PATH + ":2: unknown field 'zzz'; remove it; allowed fields: name", e.getMessage());
    }

    @Test
    void finishChecksNestedMappingsWithTheirDottedPath() {
        InvalidRegistryFileException e = refused("artifact:\n  uri: \"u\"\n  shaa256: \"x\"\n", f -> {
            YamlFields artifact = f.mapping("artifact").orElseThrow();
            artifact.requiredString("uri");
            artifact.optionalString("sha256");
        });
        assertEquals(PATH + ":3: unknown field 'artifact.shaa256'; did you mean 'sha256'? allowed fields: uri, sha256",
                e.getMessage());
    }

    @Test
    void numberWhereStringIsExpectedIsRefusedWithTheQuotingFix() {
        InvalidRegistryFileException e = refused("name: \"x\"\nversion: 1.10\n", f -> f.optionalString("version"));
        assertEquals(PATH + ":2: version: found a number, expected a quoted string; write version: \"1.10\"",
                e.getMessage());
        InvalidRegistryFileException bool = refused("tags: [\"a\", true]\n", f -> f.stringList("tags"));
        assertEquals(PATH + ":1: tags[1]: found a boolean, expected a quoted string; write - \"true\"",
                bool.getMessage());
    }

    @Test
    void textMapsRefusePlainNumbersAndBooleansWithTheQuotingFix() {
        InvalidRegistryFileException number = refused("hyperparameters:\n  eta: 0.10\n",
                f -> f.stringMap("hyperparameters"));
        assertEquals(PATH + ":2: hyperparameters.eta: found a number, expected a quoted string; write eta: \"0.10\"",
                number.getMessage());
        InvalidRegistryFileException bool = refused("details:\n  fp16: true\n", f -> f.stringMap("details"));
        assertEquals(PATH + ":2: details.fp16: found a boolean, expected a quoted string; write fp16: \"true\"",
                bool.getMessage());
    }

    @Test
    void nestedMismatchesNameTheDottedPath() {
        InvalidRegistryFileException e = refused("""
                lineage:
                  datasets:
                    - uri: "a"
                    - uri: 7
                """, f -> f.mapping("lineage").orElseThrow().mappingList("datasets")
                .forEach(d -> d.requiredString("uri")));
        assertEquals(PATH + ":4: lineage.datasets[1].uri: found a number, expected a quoted string; write uri: \"7\"",
                e.getMessage());
        InvalidRegistryFileException metric = refused("metrics:\n  auc: \"0.9\"\n", f -> f.numberMap("metrics"));
        assertEquals(PATH + ":2: metrics.auc: found a string, expected a number; write auc: 0.9 without quotes",
                metric.getMessage());
    }

    @Test
    void missingRequiredFieldIsRefused() {
        InvalidRegistryFileException e = refused("artifact:\n  uri: \"u\"\n",
                f -> f.mapping("artifact").orElseThrow().requiredString("sha256"));
        assertEquals(PATH + ":2: missing field 'artifact.sha256'; add sha256: \"...\"", e.getMessage());
    }

    @Test
    void wrongShapesAreRefused() {
        assertMessage("artifact: \"x\"\n", f -> f.mapping("artifact"),
                ":1: artifact: found a string, expected a mapping");
        assertMessage("tags: \"a\"\n", f -> f.stringList("tags"), ":1: tags: found a string, expected a list");
        assertMessage("name: [\"a\"]\n", f -> f.requiredString("name"),
                ":1: name: found a list, expected a quoted string; write a single value, not a list");
        assertMessage("deployed: \"true\"\n", f -> f.optionalBoolean("deployed"),
                ":1: deployed: found a string, expected true or false");
        assertMessage("size: 1.5\n", f -> f.optionalLong("size"), ":1: size: found 1.5, expected a whole number");
        assertMessage("size: 1.0e+3\n", f -> f.optionalLong("size"), ":1: size: found 1.0e+3, expected a whole number");
        assertMessage("size: 9223372036854775808\n", f -> f.optionalLong("size"), "expected a whole number");
        assertMessage("p: {a: [1, 2]}\n", f -> f.stringMap("p"), ":1: p.a: found a list, expected a quoted string");
        assertMessage("x: 1.0e+999999999\n", f -> f.optionalNumber("x"), ":1: x: number 1.0e+999999999 is out of range");
    }

    @Test
    void nullIsRefusedEverywhere() {
        assertMessage("description:\n", f -> f.optionalString("description"),
                ":1: description: found an empty value (null), expected a quoted string; "
                        + "give it a value, or remove the line to leave it unset");
        assertMessage("size: ~\n", f -> f.optionalNumber("size"), "size: found an empty value (null)");
        assertMessage("m:\n  a: [1, null]\n", f -> f.freeForm("m"), ":2: m.a[1]: found an empty value (null)");
    }

    @Test
    void mapperRulesCanReportAtTheFieldsLine() {
        YamlFields card = fields("name: \"x\"\nsha256: \"zz\"\n");
        InvalidRegistryFileException e = card.invalid("sha256", "not a hex digest", "write 64 hex digits");
        assertEquals(PATH + ":2: sha256: not a hex digest; write 64 hex digits", e.getMessage());
    }

    @Test
    void spellingSuggestsOnlyCloseWords() {
        assertEquals(Optional.of("accuracy"), Spelling.closest("acuracy", List.of("name", "accuracy")));
        assertEquals(Optional.empty(), Spelling.closest("x", List.of("y")));
        assertEquals(Optional.empty(), Spelling.closest("colour", List.of("name")));
        assertEquals(3, Spelling.distance("kitten", "sitting"));
    }

    private static void assertMessage(String yaml, Consumer<YamlFields> access, String expected) {
        InvalidRegistryFileException e = refused(yaml, access);
        assertTrue(e.getMessage().startsWith(PATH + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }
}
