package dev.modelregistry.example.training;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;

/**
 * How a model does on the held-out examples of its split, by metric name: {@code accuracy},
 * {@code macro_f1}, {@code f1/<species>} for each species, and the sizes {@code n_train} and
 * {@code n_test}. The names follow the registry's metric-name grammar.
 *
 * @param values every metric by name, in name order
 */
public record HeldOutMetrics(SortedMap<String, Number> values) {

    /** Copies the values. */
    public HeldOutMetrics {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** Evaluates {@code model}, trained on the training side of {@code split}, on its held-out side. */
    public static HeldOutMetrics of(Model<Label> model, TrainTestSplit<Label> split) {
        Dataset<Label> test = split.test();
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(model, test);
        SortedMap<String, Number> values = new TreeMap<>();
        values.put("accuracy", evaluation.accuracy());
        values.put("macro_f1", evaluation.macroAveragedF1());
        for (Label species : test.getOutputs()) {
            values.put("f1/" + species.getLabel(), evaluation.f1(species));
        }
        values.put("n_train", split.trainPositions().size());
        values.put("n_test", test.size());
        return new HeldOutMetrics(values);
    }

    /** The share of held-out examples whose species the model predicts correctly. */
    public double accuracy() {
        return values.get("accuracy").doubleValue();
    }
}
