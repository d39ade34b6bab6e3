package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filter on a metric such as {@code accuracy>=0.9}, {@code loss < 0.2} or {@code auc!=0.3}:
 * a {@link MetricName}, one of the operators {@code >= <= > < == !=} with optional spaces around
 * it, and a plain decimal threshold {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?}.
 *
 * @param metric the metric compared
 * @param op the comparison
 * @param threshold the value compared against
 */
public record MetricPredicate(MetricName metric, Comparison op, BigDecimal threshold) {

    private static final String NOUN = "metric filter";
    private static final String FIX = "write METRIC OPERATOR NUMBER with an operator among " + Comparison.SYMBOLS
            + ", e.g. accuracy>=0.9";
    private static final Pattern SHAPE = Pattern.compile("(.*?) *([<>=!]+) *(.*)", Pattern.DOTALL);
    private static final Pattern DECIMAL =
            Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

    /** Requires all parts. */
    public MetricPredicate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** Parses a filter as described above; throws a {@code RegistryUsageException} (FILTER) listing the operators. */
    public static MetricPredicate parse(String text) {
        if (text == null) {
            throw Grammar.missing(Input.FILTER, NOUN, FIX);
        }
        Matcher parts = SHAPE.matcher(text);
        if (!parts.matches()) {
            throw invalid(text, "it has no comparison operator");
        }
        String operator = parts.group(2);
        Comparison op = Comparison.bySymbol(operator).orElseThrow(
                () -> invalid(text, Grammar.quote(operator) + " is not a comparison operator"));
        if (parts.group(1).isEmpty()) {
            throw invalid(text, "the metric name before " + Grammar.quote(operator) + " is missing");
        }
        MetricName metric = Grammar.part(Input.FILTER, NOUN, text, FIX, () -> MetricName.of(parts.group(1)));
        return new MetricPredicate(metric, op, threshold(text, parts.group(3)));
    }

    /**
     * Whether {@code value} satisfies the filter, compared exactly as the decimal
     * {@link BigDecimal#valueOf(double)} (so {@code 0.9 >= 0.9} holds). Infinities compare beyond
     * every threshold; NaN satisfies only {@code !=}, like Java's own comparisons.
     */
    public boolean test(double value) {
        if (Double.isNaN(value)) {
            return op == Comparison.NOT_EQUAL;
        }
        int order = Double.isInfinite(value) ? (value > 0 ? 1 : -1) : BigDecimal.valueOf(value).compareTo(threshold);
        return op.holds(order);
    }

    /** The canonical form without spaces, e.g. {@code accuracy>=0.9}, which {@link #parse} reads back. */
    @Override
    public String toString() {
        return metric + op.symbol() + threshold;
    }

    private static BigDecimal threshold(String text, String threshold) {
        if (threshold.isEmpty()) {
            throw invalid(text, "the threshold after the operator is missing");
        }
        if (!DECIMAL.matcher(threshold).matches()) {
            throw invalid(text, "the threshold " + Grammar.quoteStart(threshold)
                    + " is not a plain decimal number such as 0.9, -1 or 1e-3");
        }
        try {
            return new BigDecimal(threshold);
        } catch (NumberFormatException e) {
            throw invalid(text, "the exponent of the threshold " + Grammar.quoteStart(threshold) + " is out of range");
        }
    }

    private static RegistryUsageException invalid(String text, String problem) {
        return Grammar.invalid(Input.FILTER, NOUN, text, problem, FIX);
    }
}
