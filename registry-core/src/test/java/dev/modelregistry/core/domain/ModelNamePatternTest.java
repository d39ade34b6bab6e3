package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modelregistry.core.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelNamePatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "churn|churn|true",
        "churn|Churn|true",
        "CHURN-*|churn-eu|true",
        "churn|churn-eu|false",
        "churn*|churn|true",
        "*|x|true",
        "?|x|true",
        "?|xy|false",
        "churn-??|churn-eu|true",
        "churn-??|churn-e|false",
        "*aab|aaab|true",
        "a*b*c|axxbyyc|true",
        "a*b*c|axxbyy|false",
        "*.v2|fraud.v2|true",
        "**x**|abxcd|true",
        "f?aud*|fraud-detector|true"})
    void matchesWholeNamesRegardlessOfCase(String pattern, String name, boolean expected) {
        assertEquals(expected, ModelNamePattern.of(pattern).matches(ModelName.of(name)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''| it is empty",
        "churn[12]| character '[' at position 6 is not allowed",
        "churn eu| character ' ' (space) at position 6 is not allowed",
        "team/churn| character '/' at position 5 is not allowed",
        "chürn| character 'ü' (U+00FC) at position 3 is not ASCII",
        "/churn| it must start with a letter, digit, '.', '_', '-' or one of the wildcards '*' and '?', not '/'"})
    void rejectsOtherCharactersNamingTheWildcards(String pattern, String fragment) {
        assertRejects(Input.NAME, pattern, fragment, () -> ModelNamePattern.of(pattern));
    }

    @Test
    void isAtMost64CharactersLong() {
        assertEquals(64, ModelNamePattern.of("*".repeat(64)).value().length());
        String tooLong = "a*".repeat(32) + "b";
        assertRejects(Input.NAME, tooLong, "it is 65 characters long, the maximum is 64",
                () -> ModelNamePattern.of(tooLong));
    }
}
