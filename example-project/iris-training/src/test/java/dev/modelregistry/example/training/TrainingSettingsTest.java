package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

class TrainingSettingsTest {

    private final Dataset<Label> iris;

    TrainingSettingsTest() throws IOException {
        iris = IrisCsv.load();
    }

    @Test
    void theHyperparametersAreEverySettingByName() {
        assertEquals(Map.of(
                "split.train_fraction", "0.7",
                "split.seed", "42",
                "objective", "LogMulticlass",
                "optimiser", "AdaGrad",
                "learning_rate", "0.5",
                "epsilon", "0.1",
                "epochs", "50",
                "minibatch_size", "1",
                "seed", "42"), TrainingSettings.IRIS.hyperparameters());
    }

    @Test
    void twoTrainersWithTheSameSettingsTrainTheSameModel() {
        Dataset<Label> train = TrainingSettings.IRIS.split().split(iris).train();

        Model<Label> first = TrainingSettings.IRIS.trainer().train(train);
        Model<Label> second = TrainingSettings.IRIS.trainer().train(train);

        assertEquals(TrainedIris.scores(first, iris), TrainedIris.scores(second, iris));
    }
}
