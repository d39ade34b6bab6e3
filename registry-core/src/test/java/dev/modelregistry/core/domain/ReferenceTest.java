package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {

    private static final String FORMS = "accepted forms: name@1.2.0 (exact version), name@production (stage),"
            + " name@champion (alias), name@latest (greatest version)";

    @Test
    void exactVersionSelector() {
        ModelReference reference = ModelReference.parse("churn@1.2.0-rc.1+b7");
        assertEquals(ModelName.of("churn"), reference.name());
        assertEquals(new Selector.ExactVersion(Version.parse("1.2.0-rc.1+b7")), reference.selector());
    }

    @Test
    void latestSelector() {
        assertEquals(new ModelReference(ModelName.of("churn"), new Selector.Latest()),
                ModelReference.parse("churn@latest"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "champion", "best_2024", "latest-good", "v", "version"})
    void namedSelector(String selector) {
        ModelReference reference = ModelReference.parse("Churn.v2@" + selector);
        assertEquals(new Selector.Named(selector), reference.selector());
        assertEquals(ModelName.of("Churn.v2"), reference.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"churn@1.2.0", "churn@1.0.0+build.5", "churn@latest", "churn@production",
        "Churn-Model@champion", "a@b", "a.b_c@x-y_z"})
    void referencesRoundTripExactly(String text) {
        ModelReference reference = ModelReference.parse(text);
        assertEquals(text, reference.toString());
        assertEquals(reference, ModelReference.parse(reference.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "churn| it has no '@' between the model name and what follows it",
        "''| it has no '@'",
        "churn@| nothing follows the '@'",
        "@1.0.0| the model name before '@' is missing",
        "a@b@c| it has 2 '@' characters where exactly one is required",
        "churn@Production| Invalid stage or alias name \"Production\": it must start with a lower-case letter, not 'P'",
        "churn@1.10| Invalid version \"1.10\": it has 2 numbers where MAJOR.MINOR.PATCH needs 3",
        "churn@v1.2.0| did you mean \"1.2.0\"?",
        "churn@1.2.3-x.lock| which Git reserves for lock files",
        "churn@prod.eu| character '.' at position 5 is not allowed",
        "'churn@ production'| it must start with a lower-case letter, not ' ' (space)",
        "'churn @production'| Invalid model name \"churn \": it must end with a letter or digit",
        "con@production| \"con\" is a reserved device name on Windows",
        "churn@LATEST| it must start with a lower-case letter, not 'L'"})
    void invalidReferencesNameTheWholeTextAndTheAcceptedForms(String text, String fragment) {
        var error = assertRejects(Input.REFERENCE, text, fragment, () -> ModelReference.parse(text));
        assertTrue(error.getMessage().startsWith("Invalid model reference " + Grammar.quote(text) + ": "),
                error.getMessage());
        assertTrue(error.getMessage().endsWith(FORMS), error.getMessage());
    }

    @Test
    void versionSuggestionSurvivesInTheReferenceError() {
        var error = assertUsageError(Input.REFERENCE, "did you mean \"1.10.0\"?", () -> ModelReference.parse("churn@1.10"));
        assertInstanceOf(RegistryUsageException.class, error.getCause());
    }

    @Test
    void missingReferenceIsAUsageError() {
        assertUsageError(Input.REFERENCE, "model reference is missing; " + FORMS, () -> ModelReference.parse(null));
    }

    @Test
    void namedSelectorRejectsLatestAndBadNames() {
        assertRejects(Input.REFERENCE, "latest", "it is reserved", () -> new Selector.Named("latest"));
        assertRejects(Input.REFERENCE, "Prod", "must start with a lower-case letter", () -> new Selector.Named("Prod"));
        assertUsageError(Input.REFERENCE, "stage or alias name is missing", () -> new Selector.Named(null));
    }

    @Test
    void selectorsPrintTheirText() {
        assertEquals("latest", new Selector.Latest().toString());
        assertEquals("1.2.0", new Selector.ExactVersion(Version.parse("1.2.0")).toString());
        assertEquals("production", new Selector.Named("production").toString());
    }

    @Test
    void versionIdRoundTrips() {
        VersionId id = VersionId.parse("churn@1.2.0+b");
        assertEquals(ModelName.of("churn"), id.name());
        assertEquals(Version.parse("1.2.0+b"), id.version());
        assertEquals("churn@1.2.0+b", id.toString());
        assertEquals(id, VersionId.parse(id.toString()));
        assertNotEquals(id, VersionId.parse("churn@1.2.0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "churn| it has no '@'",
        "churn@| nothing follows the '@'",
        "@1.0.0| the model name before '@' is missing",
        "a@b@c| it has 2 '@' characters",
        "churn@production| Invalid version \"production\": it must start with a digit, not 'p'",
        "churn@latest| Invalid version \"latest\"",
        "churn@1.10| did you mean \"1.10.0\"?",
        "a..b@1.0.0| Invalid model name \"a..b\": two dots in a row are not allowed"})
    void invalidVersionIdsNameTheWholeTextAndTheExpectedForm(String text, String fragment) {
        var error = assertRejects(Input.REFERENCE, text, fragment, () -> VersionId.parse(text));
        assertTrue(error.getMessage().startsWith("Invalid version id " + Grammar.quote(text) + ": "), error.getMessage());
        assertTrue(error.getMessage().endsWith("use name@version, e.g. churn@1.2.0"), error.getMessage());
    }

    @Test
    void missingVersionIdIsAUsageError() {
        assertUsageError(Input.REFERENCE, "version id is missing", () -> VersionId.parse(null));
    }
}
