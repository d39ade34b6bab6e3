package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelregistry.core.Input;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BumpTest {

    @ParameterizedTest
    @CsvSource({"major, MAJOR", "minor, MINOR", "patch, PATCH"})
    void parsesLowerCaseNames(String text, Bump expected) {
        assertEquals(expected, Bump.parse(text));
        assertEquals(text, expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAJOR", "Minor", " patch", "patch ", "", "micro", "maj"})
    void rejectsAnythingElseNamingTheAllowedValues(String text) {
        assertRejects(Input.BUMP, text, "it is not one of the accepted values; use one of major, minor, patch (lower case)",
                () -> Bump.parse(text));
    }

    @Test
    void missingBumpIsAUsageError() {
        assertUsageError(Input.BUMP, "bump is missing; use one of major, minor, patch", () -> Bump.parse(null));
    }

    @ParameterizedTest
    @CsvSource({
        "patch, , 0.0.1",
        "minor, , 0.1.0",
        "major, , 1.0.0",
        "patch, 1.2.3, 1.2.4",
        "minor, 1.2.3, 1.3.0",
        "major, 1.2.3, 2.0.0",
        "patch, 1.2.3+build.5, 1.2.4",
        "major, 1.2.3+build.5, 2.0.0",
        "patch, 1.2.3-rc.1, 1.2.3",
        "minor, 1.2.3-rc.1, 1.3.0",
        "major, 1.2.3-rc.1, 2.0.0",
        "patch, 1.2.0-rc.1, 1.2.0",
        "minor, 1.2.0-rc.1, 1.2.0",
        "major, 1.2.0-rc.1, 2.0.0",
        "patch, 2.0.0-rc.1+b, 2.0.0",
        "minor, 2.0.0-rc.1, 2.0.0",
        "major, 2.0.0-rc.1, 2.0.0",
        "major, 99999999999999999999.0.0, 100000000000000000000.0.0"})
    void appliesNodeSemverIncrementSemantics(String bump, String greatest, String expected) {
        Optional<Version> current = Optional.ofNullable(greatest).map(Version::parse);
        assertEquals(Version.parse(expected), Bump.parse(bump).apply(current));
    }
}
