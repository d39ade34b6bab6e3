package dev.modelregistry.core.card;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;

/**
 * The {@link CardFacts} of one card and nothing else: what a card index keeps of each version, so
 * that a search reads whole cards only for the versions it returns.
 *
 * @param name the model's name
 * @param version the version
 * @param stage the stage the version is in
 * @param createdAt when it was registered
 * @param taskType the task; empty when not given
 * @param metrics evaluation results, sorted by name
 * @param tags labels
 */
public record CardSummary(ModelName name, Version version, StageName stage, Instant createdAt, String taskType,
        Map<String, Double> metrics, List<Tag> tags) implements CardFacts {

    /** Refuses nulls and copies the collections, the metrics sorted by name. */
    public CardSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(taskType, "taskType");
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        tags = List.copyOf(tags);
    }

    /** The facts of {@code card}. */
    public static CardSummary of(ModelCard card) {
        return new CardSummary(card.name(), card.version(), card.stage(), card.createdAt(), card.taskType(),
                card.metrics(), card.tags());
    }
}
