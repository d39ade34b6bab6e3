package dev.modelregistry.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.ExportedArtifact;
import dev.modelregistry.core.card.FreeForm;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.Resources;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;

/**
 * A request to register a new version: either an explicit {@code version} or a {@code bump} from
 * the greatest existing version, the artifact, and everything the card records. Build one with
 * {@link #builder(ModelName, Artifact)}.
 *
 * @param name the model
 * @param version the explicit version, or empty to bump
 * @param bump how to derive the version when none is given
 * @param owner the model's owner, recorded in {@code model.yaml} when the model is new
 * @param description what this version is
 * @param modelType the algorithm or model family
 * @param framework the training library
 * @param taskType the task, such as {@code classification}
 * @param metrics evaluation results
 * @param hyperparameters training settings as exact text
 * @param tags labels
 * @param artifact the model file
 * @param exports other forms of the model
 * @param lineage parents, datasets, source and build
 * @param configHash a digest of the training configuration
 * @param resources what serving it takes
 * @param metadata a free-form tree
 * @param prose the written model card
 */
public record RegisterRequest(ModelName name, Optional<Version> version, Bump bump, String owner, String description,
        String modelType, String framework, String taskType, Map<String, Double> metrics,
        Map<String, String> hyperparameters, List<Tag> tags, Artifact artifact, List<ExportedArtifact> exports,
        Lineage lineage, String configHash, Resources resources, Map<String, Object> metadata, CardProse prose) {

    /**
     * Refuses missing values and text a registry file cannot hold, naming the field, and copies
     * collections.
     */
    public RegisterRequest {
        RequestFields.present(Input.NAME, "model name", name);
        RequestFields.present(Input.VERSION, "version", version);
        RequestFields.present(Input.BUMP, "bump", bump);
        RequestFields.present(Input.ARTIFACT, "artifact", artifact);
        RequestFields.text(Input.OTHER, "owner", owner);
        RequestFields.text(Input.OTHER, "description", description);
        RequestFields.text(Input.OTHER, "model type", modelType);
        RequestFields.text(Input.OTHER, "framework", framework);
        RequestFields.text(Input.OTHER, "task type", taskType);
        RequestFields.text(Input.OTHER, "config hash", configHash);
        metrics = RequestFields.map(Input.METRIC, "metrics", metrics);
        hyperparameters = RequestFields.map(Input.HYPERPARAMETER, "hyperparameters", hyperparameters);
        hyperparameters.forEach((key, value) -> RequestFields.text(Input.HYPERPARAMETER, "hyperparameter " + key, value));
        tags = RequestFields.list(Input.TAG, "tags", tags);
        exports = RequestFields.list(Input.ARTIFACT, "exports", exports);
        RequestFields.present(Input.PARENT, "lineage", lineage);
        RequestFields.present(Input.OTHER, "resources", resources);
        RequestFields.present(Input.OTHER, "metadata", metadata);
        metadata = FreeForm.immutableCopy(metadata);
        RequestFields.present(Input.OTHER, "model card prose", prose);
    }

    /** Starts a request for {@code name} with its artifact; the version defaults to a patch bump. */
    public static Builder builder(ModelName name, Artifact artifact) {
        return new Builder(name, artifact);
    }

    /** Collects the optional parts of a {@link RegisterRequest}. */
    public static final class Builder {
        private final ModelName name;
        private final Artifact artifact;
        private Optional<Version> version = Optional.empty();
        private Bump bump = Bump.PATCH;
        private String owner = "";
        private String description = "";
        private String modelType = "";
        private String framework = "";
        private String taskType = "";
        private Map<String, Double> metrics = new LinkedHashMap<>();
        private Map<String, String> hyperparameters = new LinkedHashMap<>();
        private List<Tag> tags = List.of();
        private List<ExportedArtifact> exports = List.of();
        private Lineage lineage = Lineage.NONE;
        private String configHash = "";
        private Resources resources = Resources.NONE;
        private Map<String, Object> metadata = Map.of();
        private CardProse prose = CardProse.NONE;

        private Builder(ModelName name, Artifact artifact) {
            this.name = name;
            this.artifact = artifact;
        }

        /** Registers exactly this version. */
        public Builder version(Version value) {
            this.version = Optional.of(value);
            return this;
        }

        /** Derives the version by bumping the greatest existing one (the default is a patch bump). */
        public Builder bump(Bump value) {
            this.version = Optional.empty();
            this.bump = value;
            return this;
        }

        /** Sets the owner recorded for a new model. */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /** Sets the description. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets the model type or algorithm. */
        public Builder modelType(String value) {
            this.modelType = value;
            return this;
        }

        /** Sets the framework. */
        public Builder framework(String value) {
            this.framework = value;
            return this;
        }

        /** Sets the task type. */
        public Builder taskType(String value) {
            this.taskType = value;
            return this;
        }

        /** Sets the metrics. */
        public Builder metrics(Map<String, Double> value) {
            this.metrics = value;
            return this;
        }

        /** Sets the hyperparameters. */
        public Builder hyperparameters(Map<String, String> value) {
            this.hyperparameters = value;
            return this;
        }

        /** Sets the tags. */
        public Builder tags(List<Tag> value) {
            this.tags = value;
            return this;
        }

        /** Sets the exports. */
        public Builder exports(List<ExportedArtifact> value) {
            this.exports = value;
            return this;
        }

        /** Sets the lineage. */
        public Builder lineage(Lineage value) {
            this.lineage = value;
            return this;
        }

        /** Sets the configuration digest. */
        public Builder configHash(String value) {
            this.configHash = value;
            return this;
        }

        /** Sets the resources. */
        public Builder resources(Resources value) {
            this.resources = value;
            return this;
        }

        /** Sets the free-form metadata. */
        public Builder metadata(Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /** Sets the written model card. */
        public Builder prose(CardProse value) {
            this.prose = value;
            return this;
        }

        /** The finished request. */
        public RegisterRequest build() {
            return new RegisterRequest(name, version, bump, owner, description, modelType, framework, taskType,
                    metrics, hyperparameters, tags, artifact, exports, lineage, configHash, resources, metadata, prose);
        }
    }
}
