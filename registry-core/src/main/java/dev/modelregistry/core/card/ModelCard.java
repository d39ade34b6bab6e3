package dev.modelregistry.core.card;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ParameterName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;

/**
 * The model card of one registered version, stored as {@code models/<name>/<version>/card.yaml}.
 * Text fields are empty strings when not given; maps keep their keys sorted. A card is deeply
 * immutable, and one written and read back is {@code equals} to it: {@code metadata} is copied
 * with {@link FreeForm#immutableCopy}.
 *
 * @param name the model's name
 * @param version the version
 * @param stage the stage the version is in
 * @param createdAt when it was registered
 * @param createdBy who registered it, as {@code Name <email>}
 * @param description what this version is
 * @param modelType the algorithm or model family, such as {@code random-forest}
 * @param framework the library that trained it, such as {@code tribuo}
 * @param taskType the task, such as {@code classification}
 * @param metrics evaluation results, name to number
 * @param hyperparameters training settings, name to their exact text
 * @param tags labels
 * @param artifact the model file
 * @param exports other forms of the model
 * @param lineage where the version came from
 * @param configHash a digest of the training configuration
 * @param resources what serving it takes
 * @param metadata anything else, as a free-form tree of strings, numbers, booleans, lists and maps
 * @param prose the written model card
 */
public record ModelCard(ModelName name, Version version, StageName stage, Instant createdAt, String createdBy,
        String description, String modelType, String framework, String taskType, Map<String, Double> metrics,
        Map<String, String> hyperparameters, List<Tag> tags, Artifact artifact, List<ExportedArtifact> exports,
        Lineage lineage, String configHash, Resources resources, Map<String, Object> metadata, CardProse prose)
        implements CardFacts {

    /** Refuses nulls, copies collections (metadata deeply, normalising its numbers) and sorts the maps by key. */
    public ModelCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(modelType, "modelType");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(configHash, "configHash");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(prose, "prose");
        metrics.forEach(ModelCard::checkMetric);
        hyperparameters.keySet().forEach(ParameterName::of);
        metrics = sorted(metrics);
        hyperparameters = sorted(hyperparameters);
        metadata = sorted(FreeForm.immutableCopy(metadata));
        tags = List.copyOf(tags);
        exports = List.copyOf(exports);
    }

    private static void checkMetric(String name, Double value) {
        MetricName.of(name);
        if (value == null || !Double.isFinite(value)) {
            throw new RegistryUsageException(Input.METRIC, "Invalid value " + value + " for metric " + name
                    + ": a metric is a finite number.");
        }
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** This card in another stage. */
    public ModelCard withStage(StageName newStage) {
        return new ModelCard(name, version, newStage, createdAt, createdBy, description, modelType, framework,
                taskType, metrics, hyperparameters, tags, artifact, exports, lineage, configHash, resources, metadata,
                prose);
    }

    /** This card with the editable metadata replaced; identity, artifact and lineage stay. */
    public ModelCard withEditableFields(String newDescription, List<Tag> newTags, Map<String, Double> newMetrics,
            Map<String, Object> newMetadata, CardProse newProse) {
        return new ModelCard(name, version, stage, createdAt, createdBy, newDescription, modelType, framework,
                taskType, newMetrics, hyperparameters, newTags, artifact, exports, lineage, configHash, resources,
                newMetadata, newProse);
    }
}
