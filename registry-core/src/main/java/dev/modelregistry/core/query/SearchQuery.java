package dev.modelregistry.core.query;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A search: which versions ({@link CardFilter}), in what order ({@link SearchOrder}) and how many
 * at most.
 *
 * <pre>{@code
 * SearchQuery.matching(CardFilter.ANY.named(ModelNamePattern.of("churn*")).inStage(StageName.of("production")))
 *         .sortedBy(SearchOrder.byMetric(MetricName.of("auc")).descending())
 *         .limitedTo(5);
 * }</pre>
 *
 * @param filter which versions match
 * @param order how the matches are sorted
 * @param limit the most matches returned, at least 1; empty for all
 */
public record SearchQuery(CardFilter filter, SearchOrder order, OptionalInt limit) {

    private static final String LIMIT_FIX = "give the most results to return, or leave the limit out for all of them";

    /** Refuses nulls and a limit below 1. */
    public SearchQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(limit, "limit");
        limit.ifPresent(max -> Counts.atLeastOne("limit", max, LIMIT_FIX));
    }

    /** Every version, by name and version, without a limit. */
    public static SearchQuery all() {
        return matching(CardFilter.ANY);
    }

    /** The versions {@code filter} lets through, by name and version, without a limit. */
    public static SearchQuery matching(CardFilter filter) {
        return new SearchQuery(filter, SearchOrder.byName(), OptionalInt.empty());
    }

    /** This search sorted by {@code value}. */
    public SearchQuery sortedBy(SearchOrder value) {
        return new SearchQuery(filter, value, limit);
    }

    /**
     * This search returning at most {@code max} versions.
     *
     * @throws dev.modelregistry.core.RegistryUsageException (OTHER) when {@code max} is below 1
     */
    public SearchQuery limitedTo(int max) {
        return new SearchQuery(filter, order, OptionalInt.of(max));
    }
}
