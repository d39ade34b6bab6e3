package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagAndKeyNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "team=growth", "env:prod", "owner/ml-team", "v1.2+exp", "A_b.c",
        "x..y"})
    void validTagsRoundTripExactly(String value) {
        assertEquals(value, Tag.of(value).toString());
        assertEquals(value, Tag.of(value).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''| it is empty",
        "' prod'| it must start with a letter or digit, not ' ' (space)",
        "-prod| it must start with a letter or digit, not '-'",
        "=x| it must start with a letter or digit, not '='",
        "team growth| character ' ' (space) at position 5 is not allowed",
        "team,growth| character ',' at position 5 is not allowed",
        "té| character 'é' (U+00E9) at position 2 is not ASCII",
        "a@b| character '@' at position 2 is not allowed"})
    void invalidTagsAreRejected(String value, String fragment) {
        assertRejects(Input.TAG, value, fragment, () -> Tag.of(value));
    }

    @Test
    void tagLengthIsLimitedTo128() {
        assertEquals(128, Tag.of("t".repeat(128)).value().length());
        String tooLong = "t".repeat(129);
        assertRejects(Input.TAG, tooLong, "it is 129 characters long, the maximum is 128", () -> Tag.of(tooLong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"accuracy", "val/loss", "_private", "f1", "eval:auc-roc.macro", "A"})
    void validKeyNamesRoundTripExactly(String value) {
        assertEquals(value, MetricName.of(value).toString());
        assertEquals(value, ParameterName.of(value).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''| it is empty",
        "1st| it must start with a letter or '_', not '1'",
        "' acc'| it must start with a letter or '_', not ' ' (space)",
        "acc>| character '>' at position 4 is not allowed",
        "acc<0.9| character '<' at position 4 is not allowed",
        "a=b| character '=' at position 2 is not allowed",
        "a!| character '!' at position 2 is not allowed",
        "a b| character ' ' (space) at position 2 is not allowed",
        "accuracy\u00b5| character '\u00b5' (U+00B5) at position 9 is not ASCII"})
    void invalidKeyNamesAreRejectedForTheRightInput(String value, String fragment) {
        assertTrue(assertRejects(Input.METRIC, value, fragment, () -> MetricName.of(value))
                .getMessage().startsWith("Invalid metric name "));
        assertTrue(assertRejects(Input.HYPERPARAMETER, value, fragment, () -> ParameterName.of(value))
                .getMessage().startsWith("Invalid hyperparameter name "));
    }

    @Test
    void keyNameLengthIsLimitedTo128() {
        String tooLong = "m".repeat(129);
        assertRejects(Input.METRIC, tooLong, "the maximum is 128", () -> MetricName.of(tooLong));
    }

    @Test
    void missingValuesAreUsageErrors() {
        assertUsageError(Input.TAG, "tag is missing", () -> Tag.of(null));
        assertUsageError(Input.METRIC, "metric name is missing", () -> MetricName.of(null));
        assertUsageError(Input.HYPERPARAMETER, "hyperparameter name is missing", () -> ParameterName.of(null));
    }
}
