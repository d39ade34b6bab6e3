package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import java.util.Locale;

/**
 * The name of a model. It is part of the on-disk format, so its grammar is a contract:
 * <ul>
 *   <li>ASCII only, 1 to 64 characters;</li>
 *   <li>first and last character in {@code [A-Za-z0-9]}, the others in {@code [A-Za-z0-9._-]}
 *       (so no name starts with a dot, like {@code .git});</li>
 *   <li>no two dots in a row ({@code ..});</li>
 *   <li>does not end with {@code .lock} in any case;</li>
 *   <li>the part before the first dot is not a Windows device name in any case: {@code CON},
 *       {@code PRN}, {@code AUX}, {@code NUL}, {@code COM0}-{@code COM9}, {@code LPT0}-{@code LPT9}.</li>
 * </ul>
 * Names keep their case; {@link #caseKey()} compares them regardless of case.
 *
 * @param value the name exactly as given
 */
public record ModelName(String value) {

    private static final Grammar GRAMMAR = new Grammar(Input.NAME, "model name", 64,
            Grammar.CharClass.of("[A-Za-z0-9]", "a letter or digit"),
            Grammar.CharClass.of("[A-Za-z0-9._-]", "a letter, digit, '.', '_' or '-'"),
            Grammar.CharClass.of("[A-Za-z0-9]", "a letter or digit"),
            "use 1 to 64 ASCII letters, digits, '.', '_' and '-', starting and ending with a letter"
                    + " or digit, e.g. \"churn-model\"");

    /** Validates {@code value} against the grammar above. */
    public ModelName {
        GRAMMAR.check(value);
        if (value.contains("..")) {
            throw GRAMMAR.invalid(value, "two dots in a row are not allowed");
        }
        GRAMMAR.rejectLockSuffix(value);
        GRAMMAR.rejectWindowsDeviceName(value);
    }

    /** Parses a model name; throws a {@code RegistryUsageException} (NAME) if it is invalid. */
    public static ModelName of(String value) {
        return new ModelName(value);
    }

    /** The name lower-cased with {@link Locale#ROOT}, for "unique regardless of case" checks. */
    public String caseKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * Written out rather than generated: a record's generated {@code equals} and {@code hashCode}
     * spin method handles on first use, tens of milliseconds of a fresh process's first query.
     * Equal when the components are equal, as a record's are.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelName that && value.equals(that.value);
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
