package dev.modelregistry.example.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;

class IrisCsvTest {

    private static final List<String> FEATURES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    private final MutableDataset<Label> iris;

    IrisCsvTest() throws IOException {
        iris = IrisCsv.load();
    }

    @Test
    void has150RowsWithTheFourMeasurementsAsFeatures() {
        assertEquals(150, iris.size());
        assertEquals(Set.copyOf(FEATURES), iris.getFeatureMap().keySet());
        for (Example<Label> example : iris) {
            assertEquals(FEATURES.size(), example.size());
        }
    }

    @Test
    void has50RowsOfEachSpecies() {
        assertEquals(Map.of("Iris-setosa", 50, "Iris-versicolor", 50, "Iris-virginica", 50), SpeciesCounts.of(iris));
    }

    /** The species means of Fisher's data (as in R's {@code datasets::iris}): a check on every typed value's column sums. */
    @Test
    void speciesMeansAreThoseOfTheSource() {
        assertArrayEquals(new double[] {5.006, 3.428, 1.462, 0.246}, means("Iris-setosa"), 1e-9);
        assertArrayEquals(new double[] {5.936, 2.770, 4.260, 1.326}, means("Iris-versicolor"), 1e-9);
        assertArrayEquals(new double[] {6.588, 2.974, 5.552, 2.026}, means("Iris-virginica"), 1e-9);
    }

    private double[] means(String species) {
        double[] sums = new double[FEATURES.size()];
        int rows = 0;
        for (Example<Label> example : iris) {
            if (example.getOutput().getLabel().equals(species)) {
                rows++;
                for (Feature feature : example) {
                    sums[FEATURES.indexOf(feature.getName())] += feature.getValue();
                }
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= rows;
        }
        return sums;
    }
}
