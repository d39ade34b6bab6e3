package dev.modelregistry.core.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The operator of a {@link MetricPredicate}. */
public enum Comparison {
    /** {@code >=}. */
    GREATER_OR_EQUAL(">="),
    /** {@code <=}. */
    LESS_OR_EQUAL("<="),
    /** {@code >}. */
    GREATER(">"),
    /** {@code <}. */
    LESS("<"),
    /** {@code ==}. */
    EQUAL("=="),
    /** {@code !=}. */
    NOT_EQUAL("!=");

    /** All symbols for error messages: {@code >=, <=, >, <, ==, !=}. */
    static final String SYMBOLS = Arrays.stream(values()).map(Comparison::symbol).collect(Collectors.joining(", "));

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written, e.g. {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator holds for a {@code compareTo} result of the left side against the right. */
    public boolean holds(int order) {
        return switch (this) {
            case GREATER_OR_EQUAL -> order >= 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case LESS -> order < 0;
            case EQUAL -> order == 0;
            case NOT_EQUAL -> order != 0;
        };
    }

    /** The operator written {@code symbol}, if any. */
    static Optional<Comparison> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
