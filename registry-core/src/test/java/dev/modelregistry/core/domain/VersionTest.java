package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

    private static final String SEMVER_HINT = "Versions are SemVer 2.0: MAJOR.MINOR.PATCH, e.g. 1.2.0";

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "1.2.3", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
        "1.0.0-x.7.z.92", "1.0.0-x-y-z.--", "1.0.0-alpha+001", "1.0.0+20130313144700",
        "1.0.0-beta+exp.sha.5114f85", "1.0.0+21AF26D3----117B344092BD", "2.0.0-rc.1+build.123",
        "1.2.3-0a", "1.2.3+01", "1.2.3-x.locks", "99999999999999999999.0.0"})
    void validVersionsRoundTripExactly(String text) {
        Version version = Version.parse(text);
        assertEquals(text, version.toString());
        assertEquals(version, Version.parse(text));
        assertEquals(version.hashCode(), Version.parse(text).hashCode());
    }

    @Test
    void exposesItsParts() {
        Version version = Version.parse("1.20.300-rc.1+build.7");
        assertEquals(BigInteger.ONE, version.major());
        assertEquals(BigInteger.valueOf(20), version.minor());
        assertEquals(BigInteger.valueOf(300), version.patch());
        assertEquals(List.of("rc", "1"), version.prerelease());
        assertEquals(List.of("build", "7"), version.build());
        assertTrue(version.isPrerelease());
        Version release = Version.parse("1.2.3");
        assertFalse(release.isPrerelease());
        assertEquals(List.of(), release.prerelease());
        assertEquals(List.of(), release.build());
    }

    static Stream<Arguments> invalidVersions() {
        return Stream.of(
                Arguments.of("1.10", "it has 2 numbers where MAJOR.MINOR.PATCH needs 3", "1.10.0"),
                Arguments.of("1", "it has 1 number where MAJOR.MINOR.PATCH needs 3", "1.0.0"),
                Arguments.of("1.2", "it has 2 numbers", "1.2.0"),
                Arguments.of("1.2.3.4", "it has 4 numbers", null),
                Arguments.of("v1.2.0", "it must start with a digit, not 'v'", "1.2.0"),
                Arguments.of("V1.2.0", "it must start with a digit, not 'V'", "1.2.0"),
                Arguments.of("01.2.3", "the number \"01\" has a leading zero", "1.2.3"),
                Arguments.of("1.02.3", "the number \"02\" has a leading zero", "1.2.3"),
                Arguments.of("1..3", "MAJOR.MINOR.PATCH has an empty number", null),
                Arguments.of("1.2.x", "\"x\" in MAJOR.MINOR.PATCH is not a number", null),
                Arguments.of("1.2.3-", "the pre-release is empty", "1.2.3"),
                Arguments.of("1.2.3+", "it must end with a letter, digit or '-', not '+'", "1.2.3"),
                Arguments.of("1.2.3-+b", "the pre-release is empty", null),
                Arguments.of("1.2.3-01", "the pre-release identifier \"01\" is a number with a leading zero", null),
                Arguments.of("1.2.3-a..b", "the pre-release has an empty identifier", null),
                Arguments.of("1.2.3+a..b", "the build metadata has an empty identifier", null),
                Arguments.of("1.2.3+a+b", "the build metadata identifier \"a+b\" may contain only", null),
                Arguments.of("1.2.3 ", "it must end with a letter, digit or '-', not ' ' (space)", "1.2.3"),
                Arguments.of(" 1.2.3", "it must start with a digit, not ' ' (space)", "1.2.3"),
                Arguments.of("1.0.0\n", "it must end with a letter, digit or '-', not U+000A", "1.0.0"),
                Arguments.of("1.2.3_4", "character '_' at position 6 is not allowed", null),
                Arguments.of("1.2.3-ß", "character 'ß' (U+00DF) at position 7 is not ASCII", null),
                Arguments.of("", "it is empty", null),
                Arguments.of("1.0.0-" + "a".repeat(59), "it is 65 characters long, the maximum is 64", null));
    }

    @ParameterizedTest
    @MethodSource("invalidVersions")
    void invalidVersionsExplainSemVerAndSuggestAFix(String text, String fragment, String suggestion) {
        var error = assertRejects(Input.VERSION, text, fragment, () -> Version.parse(text));
        assertTrue(error.getMessage().contains(SEMVER_HINT), error.getMessage());
        assertEquals(suggestion != null, error.getMessage().contains("did you mean"), error.getMessage());
        if (suggestion != null) {
            assertTrue(error.getMessage().endsWith("did you mean \"" + suggestion + "\"?"), error.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3-x.lock", "1.2.3+build.LOCK"})
    void lockEndingIsRejected(String text) {
        assertRejects(Input.VERSION, text, "which Git reserves for lock files", () -> Version.parse(text));
    }

    /** Found by RegistryFilesFuzzTest: a 55,000-digit version took over a second to suggest a fix for. */
    @Test
    void aHugeVersionIsNamedByItsStartAndGetsNoSuggestion() {
        String huge = "1".repeat(55_000);
        RegistryUsageException error = assertUsageError(Input.VERSION,
                "is 55000 characters long, the maximum is 64", () -> Version.parse(huge));
        assertTrue(error.getMessage().startsWith("Invalid version \"" + "1".repeat(80) + "\"... (55000 characters): "),
                error.getMessage());
        assertFalse(error.getMessage().contains("did you mean"), error.getMessage());
    }

    @Test
    void missingVersionIsAUsageError() {
        assertUsageError(Input.VERSION, "version is missing", () -> Version.parse(null));
    }

    @Test
    void precedenceFollowsTheSemVerSpecExample() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1");
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = 0; j < ordered.size(); j++) {
                Version left = Version.parse(ordered.get(i));
                Version right = Version.parse(ordered.get(j));
                assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(left.compareTo(right)),
                        left + " vs " + right);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1.9.0, 1.10.0",
        "1.0.0-alpha.9, 1.0.0-alpha.10",
        "1.0.0-2, 1.0.0-a",
        "1.0.0-Z, 1.0.0-a",
        "9999999999999999999.0.0, 99999999999999999999.0.0",
        "1.99999999999999999999998.0, 1.99999999999999999999999.0",
        "1.0.0-99999999999999999999998, 1.0.0-99999999999999999999999"})
    void lowerPrecedesHigher(String lower, String higher) {
        assertTrue(Version.parse(lower).compareTo(Version.parse(higher)) < 0, lower + " < " + higher);
        assertTrue(Version.parse(higher).compareTo(Version.parse(lower)) > 0, higher + " > " + lower);
    }

    @Test
    void buildMetadataIsIgnoredByPrecedenceButNotByEquality() {
        Version a = Version.parse("1.0.0+a");
        Version b = Version.parse("1.0.0+b");
        assertEquals(0, a.compareTo(b));
        assertTrue(a.samePrecedence(b));
        assertTrue(a.samePrecedence(Version.parse("1.0.0")));
        assertNotEquals(a, b);
        assertFalse(a.samePrecedence(Version.parse("1.0.0-rc.1+a")));
    }
}
