package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class TrainTest {

    @TempDir
    Path dir;

    @Test
    void mainWritesTheModelItsMetricsAndItsHyperparametersIntoTheGivenDirectory() throws IOException {
        Path target = dir.resolve("target").resolve("model");

        Train.main(new String[] {target.toString()});

        ModelOutputs outputs = new ModelOutputs(target);
        assertTrue(Files.size(outputs.modelFile()) > 0, "empty model file");
        assertTrue(Files.isRegularFile(outputs.hyperparametersFile()), "no hyperparameters file");
        double accuracy = new ObjectMapper().readTree(outputs.metricsFile().toFile()).get("accuracy").doubleValue();
        assertTrue(accuracy >= 0.85, "held-out accuracy " + accuracy);
    }

    @Test
    void runEvaluatesTheModelThatTheSettingsTrain() throws IOException {
        HeldOutMetrics metrics = Train.run(TrainingSettings.IRIS, new ModelOutputs(dir));

        assertEquals(TrainedIris.train().metrics(), metrics);
    }

    @Test
    void mainWantsExactlyOneDirectory() {
        assertThrows(IllegalArgumentException.class, () -> Train.main(new String[0]));
        assertThrows(IllegalArgumentException.class, () -> Train.main(new String[] {"a", "b"}));
    }
}
