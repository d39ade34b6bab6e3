package dev.modelregistry.core.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import dev.modelregistry.core.card.CardFacts;
import dev.modelregistry.core.domain.MetricName;

/** Which end of a metric is best: {@link #MAX} for accuracy or AUC, {@link #MIN} for a loss. */
public enum Direction {
    /** The greatest value is best. */
    MAX,
    /** The least value is best. */
    MIN;

    /**
     * The best of {@code cards} by {@code metric}, skipping cards that lack it. Equal values go
     * to the greater version (SemVer precedence), then to the model name first in alphabetical
     * order regardless of case. Empty when no card has the metric.
     */
    public <T extends CardFacts> Optional<T> best(Collection<T> cards, MetricName metric) {
        String name = metric.value();
        Comparator<T> byValue = Comparator.comparingDouble(c -> c.metrics().get(name));
        Comparator<T> ranking = (this == MAX ? byValue : byValue.reversed())
                .thenComparing(CardFacts::version)
                .thenComparing(c -> c.name().caseKey(), Comparator.reverseOrder());
        return cards.stream().filter(c -> c.metrics().containsKey(name)).max(ranking);
    }
}
