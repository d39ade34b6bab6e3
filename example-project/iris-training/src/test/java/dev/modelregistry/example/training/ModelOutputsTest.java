package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ModelOutputsTest {

    @TempDir
    Path dir;

    private final TrainedIris iris;

    ModelOutputsTest() throws IOException {
        iris = TrainedIris.train();
    }

    @Test
    void theFilesHaveFixedNamesInTheDirectory() {
        ModelOutputs outputs = new ModelOutputs(Path.of("target", "model"));

        assertEquals(Path.of("target", "model", "iris.tribuo"), outputs.modelFile());
        assertEquals(Path.of("target", "model", "metrics.json"), outputs.metricsFile());
        assertEquals(Path.of("target", "model", "hyperparameters.properties"), outputs.hyperparametersFile());
    }

    @Test
    void theModelFileLoadsAsAModelThatPredictsAsTheTrainedOne() throws IOException {
        ModelOutputs outputs = write();

        Model<?> loaded = Model.deserializeFromFile(outputs.modelFile());

        assertTrue(loaded.validate(Label.class), "not a classifier: " + loaded);
        @SuppressWarnings("unchecked")
        Model<Label> classifier = (Model<Label>) loaded;
        Dataset<Label> test = iris.split().test();
        assertEquals(TrainedIris.scores(iris.model(), test), TrainedIris.scores(classifier, test));
    }

    @Test
    void theMetricsFileIsAFlatJsonObjectOfTheMetrics() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write().metricsFile().toFile());

        Map<String, Double> read = new TreeMap<>();
        json.properties().forEach(field -> {
            assertTrue(field.getValue().isNumber(), field.getKey() + " is not a number");
            read.put(field.getKey(), field.getValue().doubleValue());
        });
        Map<String, Double> expected = new TreeMap<>();
        iris.metrics().values().forEach((name, value) -> expected.put(name, value.doubleValue()));
        assertEquals(expected, read);
        assertEquals(105, json.get("n_train").intValue());
    }

    @Test
    void theHyperparametersFileLoadsAsTheSettings() throws IOException {
        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(write().hyperparametersFile())) {
            read.load(reader);
        }

        assertEquals(TrainingSettings.IRIS.hyperparameters(), new TreeMap<>(read));
        assertEquals(List.copyOf(TrainingSettings.IRIS.hyperparameters().keySet()),
                Files.readAllLines(new ModelOutputs(dir).hyperparametersFile()).stream()
                        .map(line -> line.substring(0, line.indexOf('='))).toList());
    }

    @Test
    void aHyperparameterThatWouldNeedEscapingIsRefusedBeforeAnythingIsWritten() {
        ModelOutputs outputs = new ModelOutputs(dir.resolve("model"));

        assertThrows(IllegalArgumentException.class, () -> outputs.write(iris.model(), iris.metrics(),
                new TreeMap<>(Map.of("note", "two words"))));
        assertFalse(Files.exists(outputs.directory()));
    }

    private ModelOutputs write() throws IOException {
        ModelOutputs outputs = new ModelOutputs(dir);
        outputs.write(iris.model(), iris.metrics(), TrainingSettings.IRIS.hyperparameters());
        return outputs;
    }
}
