package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;

/**
 * The name of an alias such as {@code champion}: 1 to 63 ASCII characters matching
 * {@code [a-z][a-z0-9_-]*}, and not {@code latest} (which {@code name@latest} reserves for the
 * greatest version). Starting with a letter, an alias can never be read as a {@link Version}.
 * Whether it collides with a stage is checked against the registry's policy, not here.
 *
 * @param value the name exactly as given
 */
public record AliasName(String value) {

    /** Also the grammar of {@link Selector.Named}, which accepts every stage and alias name. */
    static final Grammar GRAMMAR = new Grammar(Input.ALIAS, "alias name", 63,
            Grammar.CharClass.of("[a-z]", "a lower-case letter"),
            Grammar.CharClass.of("[a-z0-9_-]", "a lower-case letter, digit, '_' or '-'"),
            null,
            "use 1 to 63 lower-case ASCII letters, digits, '_' and '-', starting with a letter,"
                    + " e.g. \"champion\"");

    /** Validates {@code value} against the grammar above. */
    public AliasName {
        GRAMMAR.check(value);
        GRAMMAR.rejectLatest(value);
    }

    /** Parses an alias name; throws a {@code RegistryUsageException} (ALIAS) if it is invalid. */
    public static AliasName of(String value) {
        return new AliasName(value);
    }

    /** The name exactly as given. */
    @Override
    public String toString() {
        return value;
    }
}
