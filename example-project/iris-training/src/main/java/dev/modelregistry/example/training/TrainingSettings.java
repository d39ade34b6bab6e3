package dev.modelregistry.example.training;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * The fixed settings of a training run: the held-out split, and a multinomial logistic regression
 * fitted by stochastic gradient descent (Tribuo's {@link LinearSGDTrainer} with the
 * {@link LogMulticlass} loss and the {@link AdaGrad} optimiser).
 *
 * @param split how the data is cut into training and held-out examples
 * @param learningRate AdaGrad's initial learning rate
 * @param epsilon AdaGrad's epsilon, added to the gradient sums for stability
 * @param epochs the passes over the training examples
 * @param minibatchSize the examples per gradient step
 * @param seed the seed of the trainer's shuffling of the training examples
 */
public record TrainingSettings(StratifiedSplit split, double learningRate, double epsilon, int epochs,
        int minibatchSize, long seed) {

    /** The settings of the example's Iris model. */
    public static final TrainingSettings IRIS = new TrainingSettings(new StratifiedSplit(0.7, 42), 0.5, 0.1, 50, 1, 42);

    /** Tribuo's value for "log no training progress". */
    private static final int NO_PROGRESS_LOGGING = -1;

    /** A new trainer with these settings; each one trains the same model from the same examples. */
    public Trainer<Label> trainer() {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, epsilon), epochs,
                NO_PROGRESS_LOGGING, minibatchSize, seed);
    }

    /** Every setting by name, in name order, with its value as text: the run's hyperparameters. */
    public SortedMap<String, String> hyperparameters() {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("split.train_fraction", Double.toString(split.trainFraction()));
        settings.put("split.seed", Long.toString(split.seed()));
        settings.put("objective", "LogMulticlass");
        settings.put("optimiser", "AdaGrad");
        settings.put("learning_rate", Double.toString(learningRate));
        settings.put("epsilon", Double.toString(epsilon));
        settings.put("epochs", Integer.toString(epochs));
        settings.put("minibatch_size", Integer.toString(minibatchSize));
        settings.put("seed", Long.toString(seed));
        return Collections.unmodifiableSortedMap(settings);
    }
}
