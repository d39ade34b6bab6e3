package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;

/**
 * The name of a stage such as {@code staging} or {@code production}: 1 to 32 ASCII characters
 * matching {@code [a-z][a-z0-9-]*}, not ending with {@code -}, and not {@code latest} (which
 * {@code name@latest} reserves for the greatest version).
 *
 * @param value the name exactly as given
 */
public record StageName(String value) {

    private static final Grammar GRAMMAR = new Grammar(Input.STAGE, "stage name", 32,
            Grammar.CharClass.of("[a-z]", "a lower-case letter"),
            Grammar.CharClass.of("[a-z0-9-]", "a lower-case letter, digit or '-'"),
            Grammar.CharClass.of("[a-z0-9]", "a lower-case letter or digit"),
            "use 1 to 32 lower-case ASCII letters, digits and '-', starting with a letter and not"
                    + " ending with '-', e.g. \"production\"");

    /** Validates {@code value} against the grammar above. */
    public StageName {
        GRAMMAR.check(value);
        GRAMMAR.rejectLatest(value);
    }

    /** Parses a stage name; throws a {@code RegistryUsageException} (STAGE) if it is invalid. */
    public static StageName of(String value) {
        return new StageName(value);
    }

    /**
     * Written out rather than generated: a record's generated {@code equals} and {@code hashCode}
     * spin method handles on first use, tens of milliseconds of a fresh process's first query.
     * Equal when the components are equal, as a record's are.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof StageName that && value.equals(that.value);
    }

    /** The hash of the components, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The name exactly as given. */
    @Override
    public String toString() {
        return value;
    }
}
