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
        if (value.isBlank() || !value.strip().equals(value) || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("trailer value must be one trimmed, non-empty line: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return key + ": " + value;
    }
}
