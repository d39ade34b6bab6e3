package dev.modelregistry.core;

import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.FreeForm;
import dev.modelregistry.core.domain.ModelReference;

/**
 * A request to change a version's editable metadata. Only what is given changes: identity, stage,
 * artifact and lineage never do. Metrics and metadata entries are put (added, or overwritten by
 * name) and never removed. Build one with {@link #builder(ModelReference)}.
 *
 * @param reference the version to update
 * @param description the new description, or empty to keep it
 * @param tags the tags to add and remove
 * @param metrics metrics to put, name to value
 * @param metadata top-level metadata entries to put, key to value
 * @param prose the new written model card, replacing the old one as a whole, or empty to keep it
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record UpdateVersionRequest(ModelReference reference, Optional<String> description, TagChanges tags,
        Map<String, Double> metrics, Map<String, Object> metadata, Optional<CardProse> prose, String reason) {

    /**
     * Refuses missing values, text a card cannot hold and a reason that is not a single line,
     * naming the field, and copies the maps.
     */
    public UpdateVersionRequest {
        RequestFields.present(Input.REFERENCE, "reference", reference);
        RequestFields.optionalText(Input.OTHER, "description", description);
        RequestFields.present(Input.TAG, "tag changes", tags);
        RequestFields.present(Input.OTHER, "model card prose", prose);
        metrics = RequestFields.map(Input.METRIC, "metrics", metrics);
        RequestFields.present(Input.OTHER, "metadata", metadata);
        metadata = FreeForm.immutableCopy(metadata);
        Reasons.check(reason);
    }

    /** Starts a request that changes nothing of {@code reference} yet. */
    public static Builder builder(ModelReference reference) {
        return new Builder(reference);
    }

    /** Collects the changes of an {@link UpdateVersionRequest}. */
    public static final class Builder {
        private final ModelReference reference;
        private Optional<String> description = Optional.empty();
        private TagChanges tags = TagChanges.NONE;
        private Map<String, Double> metrics = Map.of();
        private Map<String, Object> metadata = Map.of();
        private Optional<CardProse> prose = Optional.empty();
        private String reason = "";

        private Builder(ModelReference reference) {
            this.reference = reference;
        }

        /** Replaces the description. */
        public Builder description(String value) {
            this.description = Optional.of(RequestFields.text(Input.OTHER, "description", value));
            return this;
        }

        /** Adds and removes tags. */
        public Builder tags(TagChanges value) {
            this.tags = value;
            return this;
        }

        /** Puts these metrics, overwriting those with the same name. */
        public Builder metrics(Map<String, Double> value) {
            this.metrics = value;
            return this;
        }

        /** Puts these top-level metadata entries, overwriting those with the same key. */
        public Builder metadata(Map<String, Object> value) {
            this.metadata = value;
            return this;
        }

        /** Replaces the written model card. */
        public Builder prose(CardProse value) {
            this.prose = Optional.of(RequestFields.present(Input.OTHER, "model card prose", value));
            return this;
        }

        /** Sets why, for the commit's {@code Reason} trailer. */
        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        /** The finished request. */
        public UpdateVersionRequest build() {
            return new UpdateVersionRequest(reference, description, tags, metrics,
                    metadata, prose, reason);
        }
    }
}
