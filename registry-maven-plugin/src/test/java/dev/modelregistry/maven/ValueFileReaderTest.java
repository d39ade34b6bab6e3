package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

class ValueFileReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertError(Input input, String expectedStart, String expectedPart,
            Executable read) {
        RegistryUsageException e = assertThrows(RegistryUsageException.class, read);
        assertEquals(input, e.input());
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }

    @Test
    void readsMetricsFromJson() throws IOException {
        Path json = file("metrics.json", "{\n  \"accuracy\": 0.93,\n  \"val/loss\": 1.5e-3,\n  \"epochs\": 12\n}\n");

        assertEquals(Map.of("accuracy", 0.93, "val/loss", 0.0015, "epochs", 12.0), ValueFileReader.metrics(json));
    }

    @Test
    void readsMetricsFromYamlAndProperties() throws IOException {
        assertEquals(Map.of("auc", 0.97, "f1", -1.0),
                ValueFileReader.metrics(file("metrics.yml", "auc: 0.97\nf1: -1\n")));
        assertEquals(Map.of("auc", 0.97, "recall", 0.5),
                ValueFileReader.metrics(file("metrics.properties", "# from training\nauc=0.97\nrecall : .5\n")));
    }

    @Test
    void keepsHyperparametersAsTheirExactText() throws IOException {
        assertEquals(Map.of("eta", "0.10", "max_depth", "6", "booster", "gbtree", "shuffle", "true"),
                ValueFileReader.hyperparameters(file("params.json",
                        "{\"eta\": 0.10, \"max_depth\": 6, \"booster\": \"gbtree\", \"shuffle\": true}")));
        assertEquals(Map.of("eta", "0.10", "booster", "gbtree"),
                ValueFileReader.hyperparameters(file("params.properties", "eta=0.10\nbooster = gbtree\n")));
    }

    @Test
    void textMetricNamesTheFileLineAndFix() throws IOException {
        Path json = file("metrics.json", "{\n  \"accuracy\": 0.93,\n  \"auc\": \"high\"\n}\n");

        assertError(Input.METRIC, json + ":3: metric \"auc\" is \"high\", not a number", "0.93",
                () -> ValueFileReader.metrics(json));
    }

    @Test
    void nestedValuesAreRefusedWithTheirLine() throws IOException {
        Path yaml = file("params.yaml", "eta: 0.1\noptimizer:\n  name: adam\n");

        assertError(Input.HYPERPARAMETER, yaml + ":2: hyperparameter \"optimizer\" has no single value",
                "without nesting", () -> ValueFileReader.hyperparameters(yaml));
    }

    @Test
    void syntaxErrorsNameTheFileAndLine() throws IOException {
        Path json = file("metrics.json", "{\n  \"accuracy\": 0.93,\n  \"accuracy\": 0.94\n}\n");

        assertError(Input.METRIC, json + ":3: not valid JSON", "Duplicate field 'accuracy'",
                () -> ValueFileReader.metrics(json));
    }

    @Test
    void badPropertiesValueNamesItsLine() throws IOException {
        Path properties = file("metrics.properties", "auc=0.97\n\nrecall=n/a\n");

        assertError(Input.METRIC, properties + ":3: metric \"recall\" is \"n/a\", not a number", "0.93",
                () -> ValueFileReader.metrics(properties));
    }

    @Test
    void invalidNamesAndInfiniteValuesAreRefused() throws IOException {
        Path badName = file("metrics.properties", "9lives=1\n");
        assertError(Input.METRIC, badName + ":1: metric \"9lives\"", "metric name",
                () -> ValueFileReader.metrics(badName));
        Path huge = file("huge.json", "{\"loss\": 1e999}");
        assertError(Input.METRIC, huge + ":1: metric \"loss\" is 1e999", "finite",
                () -> ValueFileReader.metrics(huge));
    }

    @Test
    void jsonNumbersInAnyJsonSpellingAreNumbers() throws IOException {
        Path json = file("metrics.json", "{\"loss\": 1e-05, \"auc\": 0.97,\n \"steps\": 1E+4}");
        assertEquals(Map.of("loss", 1e-5, "auc", 0.97, "steps", 1e4), ValueFileReader.metrics(json));
    }

    @Test
    void missingFileAndUnknownExtensionSayWhatToDo() throws IOException {
        Path missing = dir.resolve("nope.json");
        assertError(Input.METRIC, missing + ": no such file", "training wrote", () -> ValueFileReader.metrics(missing));
        Path csv = file("params.csv", "eta,0.1\n");
        assertError(Input.HYPERPARAMETER, csv + ": cannot tell the format", ".json, .yaml, .yml or .properties",
                () -> ValueFileReader.hyperparameters(csv));
    }
}
