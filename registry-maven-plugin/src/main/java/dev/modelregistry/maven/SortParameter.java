package dev.modelregistry.maven;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.query.SearchOrder;

/**
 * The text of {@code model.sort}: {@code name} (model name, then version), {@code version},
 * {@code created} or a metric name such as {@code accuracy}; a leading {@code -} sorts descending,
 * as in {@code -accuracy}. The three words are keys, so a metric called {@code name},
 * {@code version} or {@code created} cannot be sorted by.
 */
final class SortParameter {

    private static final String FIX = "give name, version, created or a metric name such as accuracy, with a"
            + " leading - for descending order, e.g. -accuracy";

    private SortParameter() {
    }

    /**
     * The order {@code text} describes.
     *
     * @throws RegistryUsageException (OTHER) when no key is given, (METRIC) when the key is no
     *         metric name
     */
    static SearchOrder parse(String text) {
        String trimmed = text.strip();
        boolean descending = trimmed.startsWith("-");
        String key = (descending ? trimmed.substring(1) : trimmed).strip();
        if (key.isEmpty()) {
            throw new RegistryUsageException(Input.OTHER, "Invalid sort order \"" + text + "\": it names nothing to"
                    + " sort by; " + FIX + ".");
        }
        SearchOrder ascending = switch (key) {
            case "name" -> SearchOrder.byName();
            case "version" -> SearchOrder.byVersion();
            case "created" -> SearchOrder.byCreatedAt();
            default -> SearchOrder.byMetric(metric(text, key));
        };
        return descending ? ascending.descending() : ascending;
    }

    private static MetricName metric(String text, String key) {
        try {
            return MetricName.of(key);
        } catch (RegistryUsageException e) {
            throw new RegistryUsageException(Input.METRIC, "Invalid sort order \"" + text + "\": \"" + key
                    + "\" is neither name, version nor created, nor a metric name; " + FIX + ".", e);
        }
    }
}
