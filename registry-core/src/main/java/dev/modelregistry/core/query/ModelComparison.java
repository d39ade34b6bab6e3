package dev.modelregistry.core.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.ParameterName;
import dev.modelregistry.core.domain.VersionId;

/**
 * Versions side by side, for a table with one column per version and one row per metric or
 * hyperparameter. Each version appears once, in the order first asked for.
 *
 * @param cards the versions compared, at least one, no version twice
 */
public record ModelComparison(List<ModelCard> cards) {

    /** Requires at least one card and no version twice. */
    public ModelComparison {
        cards = List.copyOf(cards);
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one version");
        }
        Set<VersionId> seen = new HashSet<>();
        for (ModelCard card : cards) {
            if (!seen.add(card.id())) {
                throw new IllegalArgumentException(card.id() + " appears twice in the comparison");
            }
        }
    }

    /** A comparison of {@code cards} in their order, keeping only the first card of each version. */
    public static ModelComparison of(List<ModelCard> cards) {
        Map<VersionId, ModelCard> distinct = new LinkedHashMap<>();
        cards.forEach(card -> distinct.putIfAbsent(card.id(), card));
        return new ModelComparison(List.copyOf(distinct.values()));
    }

    /** The names of the metrics any compared version has, sorted. */
    public List<MetricName> metrics() {
        return union(card -> card.metrics().keySet()).stream().map(MetricName::of).toList();
    }

    /** The names of the hyperparameters any compared version has, sorted. */
    public List<ParameterName> hyperparameters() {
        return union(card -> card.hyperparameters().keySet()).stream().map(ParameterName::of).toList();
    }

    /** The value of {@code metric} in the compared version {@code id}, empty when it lacks it. */
    public Optional<Double> metric(VersionId id, MetricName metric) {
        return Optional.ofNullable(card(id).metrics().get(metric.value()));
    }

    /** The value of hyperparameter {@code name} in the compared version {@code id}, empty when it lacks it. */
    public Optional<String> hyperparameter(VersionId id, ParameterName name) {
        return Optional.ofNullable(card(id).hyperparameters().get(name.value()));
    }

    /** The compared version with the best value of {@code metric}, as {@link Direction#best} picks it. */
    public Optional<ModelCard> best(MetricName metric, Direction direction) {
        return direction.best(cards, metric);
    }

    private ModelCard card(VersionId id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " is not one of the compared versions"));
    }

    private Set<String> union(Function<ModelCard, Set<String>> names) {
        Set<String> all = new TreeSet<>();
        cards.forEach(card -> all.addAll(names.apply(card)));
        return all;
    }
}
