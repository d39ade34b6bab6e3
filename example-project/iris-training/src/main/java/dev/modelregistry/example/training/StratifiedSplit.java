package dev.modelregistry.example.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tribuo.Dataset;
import org.tribuo.Output;

/**
 * A held-out split that keeps each class's share: of every class, {@code trainFraction} of its
 * examples (rounded) go to training and the rest to testing, chosen by a shuffle seeded with
 * {@code seed}. The same data, fraction and seed always give the same split.
 *
 * @param trainFraction the share of each class used for training, strictly between 0 and 1
 * @param seed the seed of the shuffle
 */
public record StratifiedSplit(double trainFraction, long seed) {

    /** Checks that the fraction leaves something on both sides. */
    public StratifiedSplit {
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("trainFraction must be strictly between 0 and 1: " + trainFraction);
        }
    }

    /** Splits {@code data} by the positions of its examples. */
    public <T extends Output<T>> TrainTestSplit<T> split(Dataset<T> data) {
        Map<T, List<Integer>> positionsByClass = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            positionsByClass.computeIfAbsent(data.getExample(i).getOutput(), output -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> positions : positionsByClass.values()) {
            Collections.shuffle(positions, random);
            int trainSize = (int) Math.round(positions.size() * trainFraction);
            train.addAll(positions.subList(0, trainSize));
            test.addAll(positions.subList(trainSize, positions.size()));
        }
        Collections.sort(train);
        Collections.sort(test);
        return new TrainTestSplit<>(data, train, test);
    }
}
