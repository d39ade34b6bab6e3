package dev.modelregistry.core.query;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.card.CardFacts;
import dev.modelregistry.core.domain.MetricName;

/**
 * How search results are sorted: by model name and version (the default), by version, by
 * creation time or by a metric, ascending or descending. Equal keys fall back to name and
 * version; descending reverses the whole order, fallback included. Sorting by a metric puts the
 * versions that lack it last, in either direction.
 *
 * @param key what is compared
 * @param metric the metric compared; present exactly when {@code key} is {@link Key#METRIC}
 * @param greatestFirst whether the order is descending
 */
public record SearchOrder(Key key, Optional<MetricName> metric, boolean greatestFirst) {

    /** What a {@link SearchOrder} compares. */
    public enum Key {
        /** The model name regardless of case, then the version's SemVer precedence. */
        NAME,
        /** The version's SemVer precedence, across models. */
        VERSION,
        /** When the version was registered. */
        CREATED_AT,
        /** The value of one metric. */
        METRIC
    }

    private static final Comparator<CardFacts> NAME_AND_VERSION =
            Comparator.comparing((CardFacts c) -> c.name().caseKey()).thenComparing(CardFacts::version);

    /** Requires a metric exactly for {@link Key#METRIC}. */
    public SearchOrder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(metric, "metric");
        if (metric.isPresent() != (key == Key.METRIC)) {
            throw new IllegalArgumentException("a metric is given exactly when sorting by METRIC, not with " + key);
        }
    }

    /** By model name, then version, ascending: the default. */
    public static SearchOrder byName() {
        return new SearchOrder(Key.NAME, Optional.empty(), false);
    }

    /** By version precedence, ascending. */
    public static SearchOrder byVersion() {
        return new SearchOrder(Key.VERSION, Optional.empty(), false);
    }

    /** By registration time, oldest first. */
    public static SearchOrder byCreatedAt() {
        return new SearchOrder(Key.CREATED_AT, Optional.empty(), false);
    }

    /** By the value of {@code name}, least first; versions lacking it go last. */
    public static SearchOrder byMetric(MetricName name) {
        return new SearchOrder(Key.METRIC, Optional.of(name), false);
    }

    /** This order with the greatest first. */
    public SearchOrder descending() {
        return new SearchOrder(key, metric, true);
    }

    /** This order with the least first. */
    public SearchOrder ascending() {
        return new SearchOrder(key, metric, false);
    }

    /** The order as a comparator of cards, or of what an index keeps of them. */
    public Comparator<CardFacts> comparator() {
        Comparator<CardFacts> ascending = primary().thenComparing(NAME_AND_VERSION);
        Comparator<CardFacts> directed = greatestFirst ? ascending.reversed() : ascending;
        if (metric.isEmpty()) {
            return directed;
        }
        String name = metric.get().value();
        return Comparator.comparing((CardFacts c) -> !c.metrics().containsKey(name)).thenComparing(directed);
    }

    private Comparator<CardFacts> primary() {
        return switch (key) {
            case NAME -> NAME_AND_VERSION;
            case VERSION -> Comparator.comparing(CardFacts::version);
            case CREATED_AT -> Comparator.comparing(CardFacts::createdAt);
            case METRIC -> Comparator.comparing((CardFacts c) -> c.metrics().get(metric.orElseThrow().value()),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        };
    }
}
