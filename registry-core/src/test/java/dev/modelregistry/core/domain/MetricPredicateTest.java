package dev.modelregistry.core.domain;

import static dev.modelregistry.core.domain.UsageErrors.assertRejects;
import static dev.modelregistry.core.domain.UsageErrors.assertUsageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.Input;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MetricPredicateTest {

    private static final String FIX = "write METRIC OPERATOR NUMBER with an operator among >=, <=, >, <, ==, !=,"
            + " e.g. accuracy>=0.9";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "accuracy>=0.9|       accuracy|    GREATER_OR_EQUAL| 0.9|   accuracy>=0.9",
        "loss<0.2|            loss|        LESS|             0.2|   loss<0.2",
        "'f1 == 0.5'|         f1|          EQUAL|            0.5|   f1==0.5",
        "auc!=0.3|            auc|         NOT_EQUAL|        0.3|   auc!=0.3",
        "'val/loss  <=  -1'|  val/loss|    LESS_OR_EQUAL|    -1|    val/loss<=-1",
        "'rmse> 0'|           rmse|        GREATER|          0|     rmse>0",
        "'eval:auc >1e-3'|    eval:auc|    GREATER|          0.001| eval:auc>0.001",
        "x>=1E+10|            x|           GREATER_OR_EQUAL| 1E+10| x>=1E+10",
        "x>=2.50|             x|           GREATER_OR_EQUAL| 2.50|  x>=2.50"})
    void parsesToCanonicalForm(String text, String metric, Comparison op, String threshold, String canonical) {
        MetricPredicate predicate = MetricPredicate.parse(text);
        assertEquals(new MetricPredicate(MetricName.of(metric), op, new BigDecimal(threshold)), predicate);
        assertEquals(canonical, predicate.toString());
        assertEquals(predicate, MetricPredicate.parse(predicate.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "accuracy| it has no comparison operator",
        "''| it has no comparison operator",
        "accuracy=0.9| \"=\" is not a comparison operator",
        "accuracy=>0.9| \"=>\" is not a comparison operator",
        "accuracy<>0.9| \"<>\" is not a comparison operator",
        "accuracy!0.9| \"!\" is not a comparison operator",
        ">=0.9| the metric name before \">=\" is missing",
        "' accuracy>=0.9'| Invalid metric name \" accuracy\": it must start with a letter or '_', not ' ' (space)",
        "'acc uracy>=0.9'| Invalid metric name \"acc uracy\": character ' ' (space) at position 4",
        "1st>=0.9| Invalid metric name \"1st\"",
        "accuracy>=| the threshold after the operator is missing",
        "'accuracy>=0.9 '| the threshold \"0.9 \" is not a plain decimal number such as 0.9, -1 or 1e-3",
        "accuracy>=.9| the threshold \".9\" is not a plain decimal number",
        "accuracy>=0.| the threshold \"0.\" is not a plain decimal number",
        "accuracy>=01| the threshold \"01\" is not a plain decimal number",
        "accuracy>=+1| the threshold \"+1\" is not a plain decimal number",
        "accuracy>=NaN| the threshold \"NaN\" is not a plain decimal number",
        "accuracy>=1,5| the threshold \"1,5\" is not a plain decimal number",
        "accuracy>=0.9>=1| the threshold \"0.9>=1\" is not a plain decimal number",
        "accuracy>=1e99999999999| the exponent of the threshold \"1e99999999999\" is out of range"})
    void invalidFiltersListTheOperators(String text, String fragment) {
        var error = assertRejects(Input.FILTER, text, fragment, () -> MetricPredicate.parse(text));
        assertTrue(error.getMessage().startsWith("Invalid metric filter " + Grammar.quote(text) + ": "),
                error.getMessage());
        assertTrue(error.getMessage().endsWith(FIX), error.getMessage());
    }

    @Test
    void missingFilterIsAUsageError() {
        assertUsageError(Input.FILTER, "metric filter is missing; " + FIX, () -> MetricPredicate.parse(null));
    }

    @ParameterizedTest
    @CsvSource({
        "accuracy>=0.9, 0.9, true",
        "accuracy>=0.9, 0.8999999999999999, false",
        "accuracy>0.9, 0.9, false",
        "accuracy>0.9, 0.9000000000000001, true",
        "loss<0.3, 0.30000000000000004, false",
        "loss<=0.3, 0.3, true",
        "f1==0.5, 0.5, true",
        "f1==0.50, 0.5, true",
        "f1!=0.5, 0.5, false",
        "f1!=0.5, 0.25, true",
        "x>=1e-3, 0.001, true",
        "x<-1, -1.5, true",
        "x>=1e400, 1.7976931348623157E308, false"})
    void testsDoublesAsTheirDecimalValue(String filter, double value, boolean expected) {
        assertEquals(expected, MetricPredicate.parse(filter).test(value), filter + " on " + value);
    }

    @ParameterizedTest
    @EnumSource(Comparison.class)
    void nanSatisfiesOnlyNotEqualAndInfinitiesLieBeyondEveryThreshold(Comparison op) {
        MetricPredicate predicate = new MetricPredicate(MetricName.of("m"), op, new BigDecimal("1e400"));
        assertEquals(op == Comparison.NOT_EQUAL, predicate.test(Double.NaN));
        assertEquals(op.holds(1), predicate.test(Double.POSITIVE_INFINITY));
        assertEquals(op.holds(-1), predicate.test(Double.NEGATIVE_INFINITY));
    }
}
