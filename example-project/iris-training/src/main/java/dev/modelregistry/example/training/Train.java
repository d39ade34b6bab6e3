package dev.modelregistry.example.training;

import java.io.IOException;
import java.nio.file.Path;

import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The training run of the build: loads the Iris data, splits it, trains with
 * {@link TrainingSettings#IRIS}, evaluates on the held-out side and writes {@link ModelOutputs}.
 */
public final class Train {

    private Train() {
    }

    /**
     * Runs the training; {@code args} is the one output directory.
     *
     * @throws IllegalArgumentException if {@code args} is not exactly one directory
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Train <output directory>");
        }
        ModelOutputs outputs = new ModelOutputs(Path.of(args[0]));
        HeldOutMetrics metrics = run(TrainingSettings.IRIS, outputs);
        System.out.printf("Iris model: held-out %s; wrote %s, %s and %s in %s%n", metrics.values(),
                ModelOutputs.MODEL_FILE, ModelOutputs.METRICS_FILE, ModelOutputs.HYPERPARAMETERS_FILE,
                outputs.directory());
    }

    /** Trains and evaluates with {@code settings}, writes {@code outputs} and returns the metrics. */
    public static HeldOutMetrics run(TrainingSettings settings, ModelOutputs outputs) throws IOException {
        TrainTestSplit<Label> split = settings.split().split(IrisCsv.load());
        Model<Label> model = settings.trainer().train(split.train());
        HeldOutMetrics metrics = HeldOutMetrics.of(model, split);
        outputs.write(model, metrics, settings.hyperparameters());
        return metrics;
    }
}
