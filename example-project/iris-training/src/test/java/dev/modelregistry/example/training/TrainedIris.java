package dev.modelregistry.example.training;

import java.io.IOException;
import java.util.List;

import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The Iris model trained with {@link TrainingSettings#IRIS}, with its split and metrics, for tests. */
record TrainedIris(TrainTestSplit<Label> split, Model<Label> model, HeldOutMetrics metrics) {

    static TrainedIris train() throws IOException {
        TrainTestSplit<Label> split = TrainingSettings.IRIS.split().split(IrisCsv.load());
        Model<Label> model = TrainingSettings.IRIS.trainer().train(split.train());
        return new TrainedIris(split, model, HeldOutMetrics.of(model, split));
    }

    /** Every species' score for every example of {@code data}, as text, to compare two models' predictions. */
    static List<String> scores(Model<Label> model, Dataset<Label> data) {
        return model.predict(data).stream().map(prediction -> prediction.getOutputScores().toString()).toList();
    }
}
