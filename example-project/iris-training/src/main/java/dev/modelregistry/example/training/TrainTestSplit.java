package dev.modelregistry.example.training;

import java.util.List;

import org.tribuo.Dataset;
import org.tribuo.MutableDataset;
import org.tribuo.Output;

/**
 * A data set cut in two by the positions of its examples.
 *
 * @param source the whole data set
 * @param trainPositions the positions in {@code source} of the training examples, ascending
 * @param testPositions the positions in {@code source} of the held-out examples, ascending
 * @param <T> the kind of output
 */
public record TrainTestSplit<T extends Output<T>>(Dataset<T> source, List<Integer> trainPositions,
        List<Integer> testPositions) {

    /** Copies the position lists. */
    public TrainTestSplit {
        trainPositions = List.copyOf(trainPositions);
        testPositions = List.copyOf(testPositions);
    }

    /** The training examples as a data set of their own, whose feature and output statistics are theirs alone. */
    public MutableDataset<T> train() {
        return part(trainPositions);
    }

    /** The held-out examples as a data set of their own. */
    public MutableDataset<T> test() {
        return part(testPositions);
    }

    private MutableDataset<T> part(List<Integer> positions) {
        return new MutableDataset<>(positions.stream().map(source::getExample).toList(),
                source.getProvenance(), source.getOutputFactory());
    }
}
