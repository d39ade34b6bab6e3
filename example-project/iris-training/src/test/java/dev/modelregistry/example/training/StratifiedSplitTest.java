package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.classification.Label;

class StratifiedSplitTest {

    private final Dataset<Label> iris;

    StratifiedSplitTest() throws IOException {
        iris = IrisCsv.load();
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        TrainTestSplit<Label> first = new StratifiedSplit(0.7, 42).split(iris);
        TrainTestSplit<Label> second = new StratifiedSplit(0.7, 42).split(iris);

        assertEquals(first.trainPositions(), second.trainPositions());
        assertEquals(first.testPositions(), second.testPositions());
    }

    @Test
    void anotherSeedGivesAnotherSplit() {
        assertNotEquals(new StratifiedSplit(0.7, 42).split(iris).testPositions(),
                new StratifiedSplit(0.7, 43).split(iris).testPositions());
    }

    @Test
    void trainAndTestAreDisjointAndTogetherAreTheWholeData() {
        TrainTestSplit<Label> split = new StratifiedSplit(0.7, 42).split(iris);

        Set<Integer> train = new HashSet<>(split.trainPositions());
        Set<Integer> test = new HashSet<>(split.testPositions());
        assertEquals(105, train.size());
        assertEquals(45, test.size());
        assertTrue(train.stream().noneMatch(test::contains), "a position is on both sides");
        train.addAll(test);
        assertEquals(IntStream.range(0, 150).boxed().collect(Collectors.toSet()), train);
    }

    @Test
    void eachSpeciesKeepsItsShareOnBothSides() {
        TrainTestSplit<Label> split = new StratifiedSplit(0.7, 42).split(iris);

        assertEquals(Map.of("Iris-setosa", 35, "Iris-versicolor", 35, "Iris-virginica", 35), SpeciesCounts.of(split.train()));
        assertEquals(Map.of("Iris-setosa", 15, "Iris-versicolor", 15, "Iris-virginica", 15), SpeciesCounts.of(split.test()));
    }

    @Test
    void aPartKnowsOnlyItsOwnExamples() {
        Dataset<Label> train = new StratifiedSplit(0.7, 42).split(iris).train();

        Map<String, Long> counted = new TreeMap<>();
        train.getOutputInfo().outputCountsIterable().forEach(count -> counted.put(count.getA(), count.getB()));
        assertEquals(Map.of("Iris-setosa", 35L, "Iris-versicolor", 35L, "Iris-virginica", 35L), counted);
    }

    @Test
    void aFractionMustLeaveExamplesOnBothSides() {
        assertThrows(IllegalArgumentException.class, () -> new StratifiedSplit(0, 42));
        assertThrows(IllegalArgumentException.class, () -> new StratifiedSplit(1, 42));
        assertThrows(IllegalArgumentException.class, () -> new StratifiedSplit(Double.NaN, 42));
    }
}
