package dev.modelregistry.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricPredicate;

/** What a version must have to enter a stage: metric thresholds and filled-in fields. */
public record StageRequirements(List<MetricPredicate> metrics, Set<RequiredField> fields) {

    /** No requirements. */
    public static final StageRequirements NONE = new StageRequirements(List.of(), Set.of());

    /** Copies the lists. */
    public StageRequirements {
        metrics = List.copyOf(metrics);
        fields = Set.copyOf(fields);
    }

    /** The requirements {@code card} does not meet, each as one readable line; empty when it meets all. */
    public List<String> unmetBy(ModelCard card) {
        List<String> unmet = new ArrayList<>();
        for (MetricPredicate predicate : metrics) {
            String metric = predicate.metric().value();
            Double value = card.metrics().get(metric);
            if (value == null) {
                unmet.add("metric " + metric + " is missing (needs " + predicate + ")");
            } else if (!predicate.test(value)) {
                unmet.add("metric " + metric + " is " + value + " (needs " + predicate + ")");
            }
        }
        fields.stream().filter(f -> !f.isPresentIn(card)).sorted()
                .forEach(f -> unmet.add("field " + f.path() + " is empty"));
        return unmet;
    }
}
