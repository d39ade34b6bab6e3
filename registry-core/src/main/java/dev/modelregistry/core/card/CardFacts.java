package dev.modelregistry.core.card;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * The fields of a version that searches filter and sort by. A whole {@link ModelCard} has them,
 * and so does the {@link CardSummary} a card index keeps of it.
 */
public interface CardFacts {

    /** The model's name. */
    ModelName name();

    /** The version. */
    Version version();

    /** The stage the version is in. */
    StageName stage();

    /** When the version was registered. */
    Instant createdAt();

    /** The task, such as {@code classification}; empty when not given. */
    String taskType();

    /** Evaluation results, name to number, sorted by name. */
    Map<String, Double> metrics();

    /** Labels. */
    List<Tag> tags();

    /** The version's identity, {@code name@version}. */
    default VersionId id() {
        return new VersionId(name(), version());
    }
}
