package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.Input;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"churn", "Churn", "a", "7", "churn-model", "churn_model", "churn.v2",
        "a.b.c", "A1_b-2.C3", "console", "com10", "lpt", "conx.txt", "con-model", "x.locks", "lock",
        "aux1", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"})
    void validNamesRoundTripExactly(String value) {
        ModelName name = ModelName.of(value);
        assertEquals(value, name.value());
        assertEquals(value, name.toString());
        assertEquals(name, new ModelName(value));
    }

    static Stream<Arguments> invalidNames() {
        return Stream.of(
                Arguments.of("", "it is empty"),
                Arguments.of(" churn", "must start with a letter or digit, not ' ' (space)"),
                Arguments.of("churn ", "must end with a letter or digit, not ' ' (space)"),
                Arguments.of("a..b", "two dots in a row are not allowed"),
                Arguments.of("x.lock", "ends with \".lock\", which Git reserves"),
                Arguments.of("X.LOCK", "ends with \".LOCK\", which Git reserves"),
                Arguments.of(".git", "must start with a letter or digit, not '.'"),
                Arguments.of(".hidden", "must start with a letter or digit, not '.'"),
                Arguments.of("-lead", "must start with a letter or digit, not '-'"),
                Arguments.of("trail-", "must end with a letter or digit, not '-'"),
                Arguments.of("trail.", "must end with a letter or digit, not '.'"),
                Arguments.of("a/b", "character '/' at position 2 is not allowed"),
                Arguments.of("a\\b", "character '\\' at position 2 is not allowed"),
                Arguments.of("con", "\"con\" is a reserved device name on Windows"),
                Arguments.of("CON", "\"CON\" is a reserved device name on Windows"),
                Arguments.of("con.txt", "\"con\" is a reserved device name on Windows"),
                Arguments.of("lpt1", "\"lpt1\" is a reserved device name on Windows"),
                Arguments.of("com9.model", "\"com9\" is a reserved device name on Windows"),
                Arguments.of("Nul", "\"Nul\" is a reserved device name on Windows"),
                Arguments.of("héllo", "character 'é' (U+00E9) at position 2 is not ASCII"),
                Arguments.of("chürn", "character 'ü' (U+00FC) at position 3 is not ASCII"),
                Arguments.of("com\u00b9", "character '\u00b9' (U+00B9) at position 4 is not ASCII"),
                Arguments.of("a b", "character ' ' (space) at position 2 is not allowed"),
                Arguments.of("a:b", "character ':' at position 2 is not allowed"),
                Arguments.of("a*b", "character '*' at position 2 is not allowed"),
                Arguments.of("a?b", "character '?' at position 2 is not allowed"),
                Arguments.of("a\"b", "character '\"' at position 2 is not allowed"),
                Arguments.of("a<b", "character '<' at position 2 is not allowed"),
                Arguments.of("a|b", "character '|' at position 2 is not allowed"),
                Arguments.of("~a", "must start with a letter or digit, not '~'"),
                Arguments.of("a^b", "character '^' at position 2 is not allowed"),
                Arguments.of("a@b", "character '@' at position 2 is not allowed"),
                Arguments.of("a{b", "character '{' at position 2 is not allowed"),
                Arguments.of("a".repeat(65), "it is 65 characters long, the maximum is 64"),
                Arguments.of("a".repeat(300), "it is 300 characters long, the maximum is 64"),
                Arguments.of("a\u0000b", "character U+0000 at position 2 is not allowed"),
                Arguments.of("a\tb", "character U+0009 at position 2 is not allowed"));
    }

    @ParameterizedTest
    @MethodSource("invalidNames")
    void invalidNamesAreRejectedWithTheRuleTheyBreak(String value, String fragment) {
        var error = assertRejects(Input.NAME, value, fragment, () -> ModelName.of(value));
        assertEquals(error.getMessage(), assertRejects(Input.NAME, value, fragment, () -> new ModelName(value))
                .getMessage());
    }

    @Test
    void messageQuotesTheNameAndSaysHowToFixIt() {
        var error = assertRejects(Input.NAME, "a..b", "two dots", () -> ModelName.of("a..b"));
        assertEquals("Invalid model name \"a..b\": two dots in a row are not allowed; use 1 to 64 ASCII"
                + " letters, digits, '.', '_' and '-', starting and ending with a letter or digit,"
                + " e.g. \"churn-model\"", error.getMessage());
    }

    @Test
    void invisibleCharactersAreEscapedInTheQuotedName() {
        var error = assertRejects(Input.NAME, "a\u0000b", "U+0000", () -> ModelName.of("a\u0000b"));
        assertTrue(error.getMessage().startsWith("Invalid model name \"a\\u0000b\":"), error.getMessage());
    }

    @Test
    void reservedDeviceNameSuggestsAnAlternative() {
        assertUsageError(Input.NAME, "e.g. \"con-model.txt\"", () -> ModelName.of("con.txt"));
    }

    @Test
    void missingNameIsAUsageError() {
        assertUsageError(Input.NAME, "model name is missing", () -> ModelName.of(null));
    }

    @Test
    void namesKeepTheirCaseButShareACaseKey() {
        ModelName upper = ModelName.of("Churn-Model");
        ModelName lower = ModelName.of("churn-model");
        assertNotEquals(upper, lower);
        assertEquals("Churn-Model", upper.toString());
        assertEquals("churn-model", upper.caseKey());
        assertEquals(upper.caseKey(), lower.caseKey());
    }
}
