package dev.modelregistry.core.domain;

import java.util.Locale;

import dev.modelregistry.core.Input;

/**
 * A glob that selects models by name, such as {@code churn*} or {@code fraud-v?}: the characters
 * of a {@link ModelName} plus the wildcards {@code *} (any run of characters, also none) and
 * {@code ?} (exactly one character), 1 to 64 characters in all. It matches regardless of case,
 * because model names are unique regardless of case.
 *
 * @param value the pattern exactly as given
 */
public record ModelNamePattern(String value) {

    private static final Grammar.CharClass CHARACTERS = Grammar.CharClass.of("[A-Za-z0-9._*?-]",
            "a letter, digit, '.', '_', '-' or one of the wildcards '*' and '?'");
    private static final Grammar GRAMMAR = new Grammar(Input.NAME, "model name pattern", 64, CHARACTERS, CHARACTERS,
            null, "use the characters of model names (letters, digits, '.', '_', '-') and the wildcards '*' (any"
                    + " characters) and '?' (one character), e.g. \"churn-*\"");

    /** Validates {@code value} against the rules above. */
    public ModelNamePattern {
        GRAMMAR.check(value);
    }

    /** Parses a pattern; throws a {@code RegistryUsageException} (NAME) naming the wildcards when it is invalid. */
    public static ModelNamePattern of(String value) {
        return new ModelNamePattern(value);
    }

    /**
     * Whether {@code name} matches the whole pattern, regardless of case. On a mismatch the scan
     * only ever backs up to the last {@code *}, so it takes at most name length times pattern
     * length steps.
     */
    public boolean matches(ModelName name) {
        String text = name.caseKey();
        String glob = value.toLowerCase(Locale.ROOT);
        int t = 0;
        int g = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                resume = t;
            } else if (star >= 0) {
                g = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    /** The pattern exactly as given. */
    @Override
    public String toString() {
        return value;
    }
}
