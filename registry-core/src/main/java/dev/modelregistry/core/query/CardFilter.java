package dev.modelregistry.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.CardFacts;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;

/**
 * Which versions a search or a best-version question considers. Every part is optional and all
 * given parts must hold. Start from {@link #ANY} and narrow it with the withers.
 *
 * @param namePattern the model's name matches this glob, regardless of case
 * @param stage the version is in this stage (checked against the registry's policy when run)
 * @param tag the version's card has this tag
 * @param taskType the card's task type is exactly this text
 * @param metrics the card has each of these metrics and each value satisfies its predicate
 */
public record CardFilter(Optional<ModelNamePattern> namePattern, Optional<StageName> stage, Optional<Tag> tag,
        Optional<String> taskType, List<MetricPredicate> metrics) {

    /** The filter every version passes. */
    public static final CardFilter ANY = new CardFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of());

    /** Refuses nulls and a blank task type, and copies the predicates. */
    public CardFilter {
        Objects.requireNonNull(namePattern, "namePattern");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(taskType, "taskType");
        if (taskType.isPresent() && taskType.get().isBlank()) {
            throw new RegistryUsageException(Input.OTHER, "The task type to search for is blank; give one such as"
                    + " classification, or leave the task type filter out.");
        }
        metrics = List.copyOf(metrics);
    }

    /** This filter, keeping only models whose name matches {@code pattern}. */
    public CardFilter named(ModelNamePattern pattern) {
        return new CardFilter(Optional.of(pattern), stage, tag, taskType, metrics);
    }

    /** This filter, keeping only versions in {@code value}. */
    public CardFilter inStage(StageName value) {
        return new CardFilter(namePattern, Optional.of(value), tag, taskType, metrics);
    }

    /** This filter, keeping only versions tagged {@code value}. */
    public CardFilter taggedWith(Tag value) {
        return new CardFilter(namePattern, stage, Optional.of(value), taskType, metrics);
    }

    /** This filter, keeping only versions whose task type is exactly {@code value}. */
    public CardFilter forTask(String value) {
        return new CardFilter(namePattern, stage, tag, Optional.of(value), metrics);
    }

    /** This filter with one more metric predicate; a version lacking the metric does not pass. */
    public CardFilter where(MetricPredicate predicate) {
        List<MetricPredicate> more = new ArrayList<>(metrics);
        more.add(predicate);
        return new CardFilter(namePattern, stage, tag, taskType, more);
    }

    /** Whether versions of the model {@code name} can pass: its name matches the pattern, if any. */
    public boolean admits(ModelName name) {
        return namePattern.map(p -> p.matches(name)).orElse(true);
    }

    /** Whether the version {@code card} describes passes every part of this filter. */
    public boolean matches(CardFacts card) {
        return admits(card.name())
                && stage.map(card.stage()::equals).orElse(true)
                && tag.map(card.tags()::contains).orElse(true)
                && taskType.map(card.taskType()::equals).orElse(true)
                && metrics.stream().allMatch(p -> {
                    Double value = card.metrics().get(p.metric().value());
                    return value != null && p.test(value);
                });
    }
}
