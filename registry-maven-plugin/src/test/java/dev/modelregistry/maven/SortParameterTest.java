package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.query.SearchOrder;

class SortParameterTest {

    @Test
    void keysAreNameVersionAndCreatedAscendingUnlessPrefixedWithMinus() {
        assertEquals(SearchOrder.byName(), SortParameter.parse("name"));
        assertEquals(SearchOrder.byVersion().descending(), SortParameter.parse("-version"));
        assertEquals(SearchOrder.byCreatedAt(), SortParameter.parse(" created "));
        assertEquals(SearchOrder.byCreatedAt().descending(), SortParameter.parse("- created"));
    }

    @Test
    void anyOtherKeyIsAMetric() {
        assertEquals(SearchOrder.byMetric(MetricName.of("accuracy")), SortParameter.parse("accuracy"));
        assertEquals(SearchOrder.byMetric(MetricName.of("val/loss")).descending(), SortParameter.parse("-val/loss"));
        assertEquals(SearchOrder.byMetric(MetricName.of("Name")), SortParameter.parse("Name"));
    }

    @Test
    void aMissingKeyOrANameThatIsNoMetricIsAUsageError() {
        RegistryUsageException blank = assertThrows(RegistryUsageException.class, () -> SortParameter.parse(" "));
        assertEquals(Input.OTHER, blank.input());
        assertEquals(Input.OTHER, assertThrows(RegistryUsageException.class, () -> SortParameter.parse("-")).input());

        RegistryUsageException metric = assertThrows(RegistryUsageException.class,
                () -> SortParameter.parse("-accuracy desc"));
        assertEquals(Input.METRIC, metric.input());
        assertEquals("Invalid sort order \"-accuracy desc\": \"accuracy desc\" is neither name, version nor created,"
                + " nor a metric name; give name, version, created or a metric name such as accuracy, with a leading"
                + " - for descending order, e.g. -accuracy.", metric.getMessage());
    }
}
