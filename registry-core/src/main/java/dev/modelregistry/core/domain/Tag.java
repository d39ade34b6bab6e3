package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;

/**
 * A free-form label on a version such as {@code team=growth} or {@code env:prod}: 1 to 128 ASCII
 * characters, the first in {@code [A-Za-z0-9]}, the others in {@code [A-Za-z0-9._:/=+-]}.
 *
 * @param value the tag exactly as given
 */
public record Tag(String value) {

    private static final Grammar GRAMMAR = new Grammar(Input.TAG, "tag", 128,
            Grammar.CharClass.of("[A-Za-z0-9]", "a letter or digit"),
            Grammar.CharClass.of("[A-Za-z0-9._:/=+-]", "a letter, digit, '.', '_', ':', '/', '=', '+' or '-'"),
            null,
            "use 1 to 128 ASCII letters, digits, '.', '_', ':', '/', '=', '+' and '-', starting with a"
                    + " letter or digit, e.g. \"team=growth\"");

    /** Validates {@code value} against the grammar above. */
    public Tag {
        GRAMMAR.check(value);
    }

    /** Parses a tag; throws a {@code RegistryUsageException} (TAG) if it is invalid. */
    public static Tag of(String value) {
        return new Tag(value);
    }

    /** The tag exactly as given. */
    @Override
    public String toString() {
        return value;
    }
}
