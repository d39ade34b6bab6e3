package dev.modelregistry.example.training;

import java.util.Map;
import java.util.TreeMap;

import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/** Counts the examples of each species in a data set, for assertions. */
final class SpeciesCounts {

    private SpeciesCounts() {
    }

    static Map<String, Integer> of(Dataset<Label> data) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example<Label> example : data) {
            counts.merge(example.getOutput().getLabel(), 1, Integer::sum);
        }
        return counts;
    }
}
