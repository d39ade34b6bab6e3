package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelregistry.core.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StageAndAliasNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging", "dev", "a", "canary-2", "eu-west-1",
        "abcdefghijklmnopqrstuvwxyzabcdef"})
    void validStageNamesRoundTripExactly(String value) {
        assertEquals(value, StageName.of(value).toString());
        assertEquals(value, StageName.of(value).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''| it is empty",
        "Production| it must start with a lower-case letter, not 'P'",
        "prodUction| character 'U' at position 5 is not allowed",
        "1prod| it must start with a lower-case letter, not '1'",
        "-prod| it must start with a lower-case letter, not '-'",
        "prod-| it must end with a lower-case letter or digit, not '-'",
        "' prod'| it must start with a lower-case letter, not ' ' (space)",
        "'prod '| it must end with a lower-case letter or digit, not ' ' (space)",
        "pre_prod| character '_' at position 4 is not allowed",
        "pre.prod| character '.' at position 4 is not allowed",
        "prød| character 'ø' (U+00F8) at position 3 is not ASCII",
        "abcdefghijklmnopqrstuvwxyzabcdefg| it is 33 characters long, the maximum is 32",
        "latest| it is reserved: name@latest selects the greatest version"})
    void invalidStageNamesAreRejected(String value, String fragment) {
        assertRejects(Input.STAGE, value, fragment, () -> StageName.of(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"champion", "challenger", "a", "best_2024", "shadow-", "x_", "latest-good",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk"})
    void validAliasNamesRoundTripExactly(String value) {
        assertEquals(value, AliasName.of(value).toString());
        assertEquals(value, AliasName.of(value).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''| it is empty",
        "latest| it is reserved: name@latest selects the greatest version; choose another alias name",
        "1.0.0| it must start with a lower-case letter, not '1'",
        "1.2.3-rc.1| it must start with a lower-case letter, not '1'",
        "Champion| it must start with a lower-case letter, not 'C'",
        "_x| it must start with a lower-case letter, not '_'",
        "best.model| character '.' at position 5 is not allowed",
        "'champion '| character ' ' (space) at position 9 is not allowed",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl| it is 64 characters long, the maximum is 63"})
    void invalidAliasNamesAreRejected(String value, String fragment) {
        assertRejects(Input.ALIAS, value, fragment, () -> AliasName.of(value));
    }

    @Test
    void missingNamesAreUsageErrors() {
        assertUsageError(Input.STAGE, "stage name is missing", () -> StageName.of(null));
        assertUsageError(Input.ALIAS, "alias name is missing", () -> AliasName.of(null));
    }
}
