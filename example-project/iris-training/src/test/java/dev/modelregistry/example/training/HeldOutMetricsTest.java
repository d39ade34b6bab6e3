package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

class HeldOutMetricsTest {

    private final TrainTestSplit<Label> split;
    private final Model<Label> model;
    private final HeldOutMetrics metrics;

    HeldOutMetricsTest() throws IOException {
        TrainedIris iris = TrainedIris.train();
        split = iris.split();
        model = iris.model();
        metrics = iris.metrics();
    }

    @Test
    void theIrisModelIsRightOnAtLeast85PercentOfTheHeldOutExamples() {
        assertTrue(metrics.accuracy() >= 0.85, "accuracy " + metrics.accuracy());
        assertTrue(metrics.values().get("macro_f1").doubleValue() >= 0.85, "macro_f1 " + metrics.values());
    }

    @Test
    void accuracyIsTheShareOfHeldOutExamplesPredictedCorrectly() {
        Dataset<Label> test = split.test();
        long correct = model.predict(test).stream()
                .filter(prediction -> prediction.getOutput().getLabel().equals(prediction.getExample().getOutput().getLabel()))
                .count();

        assertEquals(correct / 45.0, metrics.accuracy(), 1e-12);
    }

    @Test
    void namesEveryMetricAndTheSizesOfBothSides() {
        assertEquals(Set.of("accuracy", "macro_f1", "f1/Iris-setosa", "f1/Iris-versicolor", "f1/Iris-virginica",
                "n_train", "n_test"), metrics.values().keySet());
        assertEquals(105, metrics.values().get("n_train"));
        assertEquals(45, metrics.values().get("n_test"));
        for (String species : Set.of("Iris-setosa", "Iris-versicolor", "Iris-virginica")) {
            double f1 = metrics.values().get("f1/" + species).doubleValue();
            assertTrue(f1 > 0 && f1 <= 1, species + " f1 " + f1);
        }
    }
}
