package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model version: a strict <a href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a> string
 * of at most 64 ASCII characters that does not end with {@code .lock}. Numbers have no leading
 * zeros and may be arbitrarily large; there is no {@code v} prefix.
 *
 * <p>{@link #compareTo} is SemVer <em>precedence</em>, which ignores build metadata, whereas
 * {@link #equals} compares the exact text: {@code 1.0.0+a} and {@code 1.0.0+b} are different
 * versions with the {@linkplain #samePrecedence same precedence}. The natural ordering is
 * therefore inconsistent with equals.
 */
public final class Version implements Comparable<Version> {

    private static final String NUMBER = "(?:0|[1-9][0-9]*)";
    private static final String PRERELEASE_ID = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile("(" + NUMBER + ")\\.(" + NUMBER + ")\\.(" + NUMBER + ")"
            + "(?:-(" + PRERELEASE_ID + "(?:\\." + PRERELEASE_ID + ")*))?"
            + "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Za-z-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LOOSE_CORE = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(.*)",
            Pattern.DOTALL);
    private static final String RULE = "Versions are SemVer 2.0: MAJOR.MINOR.PATCH, e.g. 1.2.0,"
            + " optionally followed by -PRERELEASE and +BUILD";
    private static final int MAX_LENGTH = 64;
    /** Longer texts get no suggestion: none of them is a near miss, and big numbers are costly to clean up. */
    private static final int MAX_SUGGESTED_LENGTH = 4 * MAX_LENGTH;
    private static final Grammar GRAMMAR = new Grammar(Input.VERSION, "version", MAX_LENGTH,
            Grammar.CharClass.of("[0-9]", "a digit"),
            Grammar.CharClass.of("[0-9A-Za-z.+-]", "a letter, digit, '.', '+' or '-'"),
            Grammar.CharClass.of("[0-9A-Za-z-]", "a letter, digit or '-'"),
            RULE);
    private final String text;
    private final BigInteger major;
    private final BigInteger minor;
    private final BigInteger patch;
    private final List<String> prerelease;
    private final List<String> build;

    private Version(String text, Matcher parts) {
        this.text = text;
        this.major = new BigInteger(parts.group(1));
        this.minor = new BigInteger(parts.group(2));
        this.patch = new BigInteger(parts.group(3));
        this.prerelease = identifiers(parts.group(4));
        this.build = identifiers(parts.group(5));
    }

    /**
     * Parses a SemVer 2.0.0 version exactly as given; throws a {@code RegistryUsageException}
     * (VERSION) that explains the rule and, where obvious, suggests the intended version.
     */
    public static Version parse(String text) {
        if (text == null) {
            throw GRAMMAR.missing();
        }
        Matcher parts = SEMVER.matcher(text);
        Optional<String> problem = GRAMMAR.shapeProblem(text);
        if (problem.isEmpty() && !parts.matches()) {
            problem = Optional.of(structureProblem(text));
        }
        if (problem.isPresent()) {
            String fix = suggestion(text).map(s -> "; did you mean " + Grammar.quote(s) + "?").orElse("");
            throw GRAMMAR.invalid(text, problem.get(), RULE + fix);
        }
        GRAMMAR.rejectLockSuffix(text);
        return new Version(text, parts);
    }

    /** The MAJOR number. */
    public BigInteger major() {
        return major;
    }

    /** The MINOR number. */
    public BigInteger minor() {
        return minor;
    }

    /** The PATCH number. */
    public BigInteger patch() {
        return patch;
    }

    /** The dot-separated pre-release identifiers, empty for a release. */
    public List<String> prerelease() {
        return prerelease;
    }

    /** The dot-separated build metadata identifiers, empty when there is none. */
    public List<String> build() {
        return build;
    }

    /** Whether this version has pre-release identifiers. */
    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    /** Whether both versions have the same SemVer precedence, i.e. differ at most in build metadata. */
    public boolean samePrecedence(Version other) {
        return compareTo(other) == 0;
    }

    /** SemVer precedence: numbers numerically, a pre-release before its release, build ignored. */
    @Override
    public int compareTo(Version other) {
        int order = major.compareTo(other.major);
        if (order == 0) {
            order = minor.compareTo(other.minor);
        }
        if (order == 0) {
            order = patch.compareTo(other.patch);
        }
        return order != 0 ? order : comparePrerelease(prerelease, other.prerelease);
    }

    /** Equal only to a version with exactly the same text, build metadata included. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && text.equals(version.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The version exactly as parsed. */
    @Override
    public String toString() {
        return text;
    }

    private static List<String> identifiers(String group) {
        return group == null ? List.of() : List.of(group.split("\\."));
    }

    /** SemVer 2.0.0 rule 11: a release outranks its pre-releases; identifiers compare pairwise. */
    private static int comparePrerelease(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(left.isEmpty(), right.isEmpty());
        }
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareIdentifier(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareIdentifier(String left, String right) {
        boolean leftNumeric = DIGITS.matcher(left).matches();
        boolean rightNumeric = DIGITS.matcher(right).matches();
        if (leftNumeric && rightNumeric) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        if (leftNumeric || rightNumeric) {
            return leftNumeric ? -1 : 1;
        }
        return left.compareTo(right);
    }

    /** Why a text made of version characters is still not SemVer. */
    private static String structureProblem(String text) {
        int plus = text.indexOf('+');
        String main = plus < 0 ? text : text.substring(0, plus);
        int dash = main.indexOf('-');
        String[] numbers = (dash < 0 ? main : main.substring(0, dash)).split("\\.", -1);
        for (String number : numbers) {
            if (!DIGITS.matcher(number).matches()) {
                return number.isEmpty() ? "MAJOR.MINOR.PATCH has an empty number"
                        : Grammar.quote(number) + " in MAJOR.MINOR.PATCH is not a number";
            }
            if (number.length() > 1 && number.startsWith("0")) {
                return "the number " + Grammar.quote(number) + " has a leading zero";
            }
        }
        if (numbers.length != 3) {
            return "it has " + numbers.length + " number" + (numbers.length == 1 ? "" : "s")
                    + " where MAJOR.MINOR.PATCH needs 3";
        }
        return identifierProblem(dash < 0 ? null : main.substring(dash + 1), "pre-release")
                .or(() -> identifierProblem(plus < 0 ? null : text.substring(plus + 1), "build metadata"))
                .orElse("it does not follow the SemVer 2.0 grammar");
    }

    private static Optional<String> identifierProblem(String part, String what) {
        if (part == null) {
            return Optional.empty();
        }
        if (part.isEmpty()) {
            return Optional.of("the " + what + " is empty");
        }
        for (String id : part.split("\\.", -1)) {
            if (id.isEmpty()) {
                return Optional.of("the " + what + " has an empty identifier");
            }
            if (!IDENTIFIER.matcher(id).matches()) {
                return Optional.of("the " + what + " identifier " + Grammar.quote(id)
                        + " may contain only letters, digits and '-'");
            }
            if (what.equals("pre-release") && id.length() > 1 && id.startsWith("0")
                    && DIGITS.matcher(id).matches()) {
                return Optional.of("the pre-release identifier " + Grammar.quote(id)
                        + " is a number with a leading zero");
            }
        }
        return Optional.empty();
    }

    /**
     * The version the user most likely meant: without surrounding whitespace or a {@code v}
     * prefix, with missing MINOR/PATCH as 0, without leading zeros or a dangling '-'/'+'.
     */
    private static Optional<String> suggestion(String text) {
        if (text.length() > MAX_SUGGESTED_LENGTH) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("v") || candidate.startsWith("V")) {
            candidate = candidate.substring(1);
        }
        Matcher loose = LOOSE_CORE.matcher(candidate);
        if (loose.matches()) {
            candidate = plain(loose.group(1)) + "." + plain(loose.group(2)) + "." + plain(loose.group(3))
                    + loose.group(4);
        }
        if (candidate.endsWith("-") || candidate.endsWith("+")) {
            candidate = candidate.substring(0, candidate.length() - 1);
        }
        String result = candidate;
        boolean valid = SEMVER.matcher(result).matches() && GRAMMAR.shapeProblem(result).isEmpty()
                && !Grammar.endsWithLock(result);
        return valid ? Optional.of(result) : Optional.empty();
    }

    private static String plain(String digits) {
        return digits == null ? "0" : new BigInteger(digits).toString();
    }
}
