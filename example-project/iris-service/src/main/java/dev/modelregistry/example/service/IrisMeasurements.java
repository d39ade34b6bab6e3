package dev.modelregistry.example.service;

import java.util.List;

/**
 * The four measurements of an iris flower, in centimetres.
 *
 * @param sepalLength the sepal's length
 * @param sepalWidth the sepal's width
 * @param petalLength the petal's length
 * @param petalWidth the petal's width
 */
public record IrisMeasurements(double sepalLength, double sepalWidth, double petalLength, double petalWidth) {

    /** The names of the model's features, in the order of {@link #values()}: the training data's columns. */
    static final List<String> FEATURE_NAMES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    /** Checks that every measurement is a positive length. */
    public IrisMeasurements {
        double[] values = {sepalLength, sepalWidth, petalLength, petalWidth};
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0 && Double.isFinite(values[i]))) {
                throw new IllegalArgumentException(FEATURE_NAMES.get(i) + " must be a positive length in cm: " + values[i]);
            }
        }
    }

    /** The measurements in the order of {@link #FEATURE_NAMES}. */
    double[] values() {
        return new double[] {sepalLength, sepalWidth, petalLength, petalWidth};
    }
}
