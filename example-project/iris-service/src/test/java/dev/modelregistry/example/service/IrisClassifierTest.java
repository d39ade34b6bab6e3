package dev.modelregistry.example.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Predicts with the production model that {@code model:fetch} put on the classpath, and checks how models are read. */
class IrisClassifierTest {

    @TempDir
    Path dir;

    private final IrisClassifier classifier;

    IrisClassifierTest() throws IOException {
        classifier = IrisClassifier.fromClasspath(IrisClassifier.MODEL_RESOURCE);
    }

    /** Typical flowers of each species, from the middle of its cluster in the Iris data. */
    @ParameterizedTest
    @CsvSource({
        "5.1, 3.5, 1.4, 0.2, Iris-setosa",
        "5.0, 3.4, 1.5, 0.2, Iris-setosa",
        "5.7, 2.8, 4.1, 1.3, Iris-versicolor",
        "6.1, 2.9, 4.7, 1.4, Iris-versicolor",
        "7.7, 3.0, 6.1, 2.3, Iris-virginica",
        "6.9, 3.1, 5.4, 2.1, Iris-virginica"
    })
    void predictsTheSpeciesOfATypicalFlower(double sepalLength, double sepalWidth, double petalLength,
            double petalWidth, String species) {
        assertEquals(species, classifier.predict(new IrisMeasurements(sepalLength, sepalWidth, petalLength, petalWidth)));
    }

    @Test
    void readsTheSameModelFromAFile() throws IOException, URISyntaxException {
        URL resource = getClass().getClassLoader().getResource(IrisClassifier.MODEL_RESOURCE);
        IrisClassifier fromFile = IrisClassifier.fromFile(Path.of(resource.toURI()));

        IrisMeasurements flower = new IrisMeasurements(6.3, 3.3, 6.0, 2.5);
        assertEquals("Iris-virginica", fromFile.predict(flower));
        assertEquals(classifier.predict(flower), fromFile.predict(flower));
    }

    @Test
    void aMissingResourceIsNamed() {
        FileNotFoundException missing = assertThrows(FileNotFoundException.class,
                () -> IrisClassifier.fromClasspath("models/absent.tribuo"));
        assertTrue(missing.getMessage().contains("models/absent.tribuo"), missing.getMessage());
    }

    @Test
    void aFileThatIsNotAModelIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("iris.tribuo"), "sepal_length,sepal_width\n");

        assertThrows(IOException.class, () -> IrisClassifier.fromFile(text));
    }

    @Test
    void aClassifierOfOtherFeaturesIsRefused() throws IOException {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> points = new MutableDataset<>(new SimpleDataSourceProvenance("points", labels), labels);
        points.add(new ArrayExample<>(new Label("left"), new String[] {"x", "y"}, new double[] {-1, 0.5}));
        points.add(new ArrayExample<>(new Label("right"), new String[] {"x", "y"}, new double[] {1, 0.5}));
        Path other = dir.resolve("points.tribuo");
        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5), 1, 1L).train(points).serializeToFile(other);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IrisClassifier.fromFile(other));
        assertTrue(refused.getMessage().contains("[sepal_length, sepal_width, petal_length, petal_width]"),
                refused.getMessage());
    }
}
