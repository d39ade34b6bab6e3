package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;

/**
 * The name of a metric such as {@code accuracy} or {@code val/loss}: 1 to 128 ASCII characters,
 * the first in {@code [A-Za-z_]}, the others in {@code [A-Za-z0-9_.:/-]}. The comparison
 * characters {@code < > = !} are excluded so that a name never clashes with a
 * {@link MetricPredicate}. {@link ParameterName} follows the same grammar.
 *
 * @param value the name exactly as given
 */
public record MetricName(String value) {

    /** Also the grammar of {@link ParameterName}. */
    static final Grammar GRAMMAR = new Grammar(Input.METRIC, "metric name", 128,
            Grammar.CharClass.of("[A-Za-z_]", "a letter or '_'"),
            Grammar.CharClass.of("[A-Za-z0-9_.:/-]", "a letter, digit, '_', '.', ':', '/' or '-'"),
            null,
            "use 1 to 128 ASCII letters, digits, '_', '.', ':', '/' and '-', starting with a letter or"
                    + " '_' (no spaces; the comparison characters < > = ! are reserved for filters)");

    /** Validates {@code value} against the grammar above. */
    public MetricName {
        GRAMMAR.check(value);
    }

    /** Parses a metric name; throws a {@code RegistryUsageException} (METRIC) if it is invalid. */
    public static MetricName of(String value) {
        return new MetricName(value);
    }

    /** The name exactly as given. */
    @Override
    public String toString() {
        return value;
    }
}
