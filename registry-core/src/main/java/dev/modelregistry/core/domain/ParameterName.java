package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;

/**
 * The name of a hyperparameter such as {@code learning_rate}; same grammar as {@link MetricName},
 * reported against {@link Input#HYPERPARAMETER}.
 *
 * @param value the name exactly as given
 */
public record ParameterName(String value) {

    private static final Grammar GRAMMAR = MetricName.GRAMMAR.reportedAs(Input.HYPERPARAMETER, "hyperparameter name");

    /** Validates {@code value} against the {@link MetricName} grammar. */
    public ParameterName {
        GRAMMAR.check(value);
    }

    /** Parses a hyperparameter name; throws a {@code RegistryUsageException} (HYPERPARAMETER) if invalid. */
    public static ParameterName of(String value) {
        return new ParameterName(value);
    }

    /** The name exactly as given. */
    @Override
    public String toString() {
        return value;
    }
}
