package dev.modelregistry.core.git;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code Key: value} line of a commit message's trailer block, the machine record of a
 * registry change. Keys are {@code Capitalized-Hyphen} words; values are one line of text.
 */
public record Trailer(String key, String value) {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Za-z0-9]*(-[A-Z][A-Za-z0-9]*)*");

    /** Checks that the key is well-formed and the value is one non-empty line. */
    public Trailer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("trailer key must be Capitalized-Hyphen words: '" + key + "'");
        }
        if (!isValue(value)) {
            throw new IllegalArgumentException("trailer value must be one trimmed, non-empty line: '" + value + "'");
        }
    }

    /**
     * True when {@code key} and {@code value} make a well-formed trailer. Commits made by hand can
     * carry other footers, such as {@code Co-authored-by}; readers keep only the well-formed ones.
     */
    public static boolean accepts(String key, String value) {
        return KEY.matcher(key).matches() && isValue(value);
    }

    private static boolean isValue(String value) {
        return !value.isBlank() && value.strip().equals(value) && value.chars().noneMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        return key + ": " + value;
    }
}
