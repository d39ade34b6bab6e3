package dev.modelregistry.example.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IrisMeasurementsTest {

    @Test
    void givesTheMeasurementsInFeatureOrder() {
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, new IrisMeasurements(5.1, 3.5, 1.4, 0.2).values());
    }

    @Test
    void refusesALengthThatIsNotPositive() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new IrisMeasurements(5.1, 3.5, 0, 0.2));
        assertTrue(zero.getMessage().startsWith("petal_length"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IrisMeasurements(-5.1, 3.5, 1.4, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new IrisMeasurements(5.1, Double.NaN, 1.4, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new IrisMeasurements(5.1, 3.5, 1.4, Double.POSITIVE_INFINITY));
    }
}
