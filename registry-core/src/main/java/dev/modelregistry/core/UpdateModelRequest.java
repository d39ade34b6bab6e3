package dev.modelregistry.core;

import java.util.Optional;

import dev.modelregistry.core.domain.ModelName;

/**
 * A request to change what {@code model.yaml} says about a model. Only what is given changes; an
 * empty text clears that field. Aliases have their own requests. Build one with
 * {@link #builder(ModelName)}.
 *
 * @param name the model
 * @param description the new description, or empty to keep it
 * @param owner the new owner, or empty to keep it
 * @param taskType the new task type, or empty to keep it
 * @param tags the tags to add and remove
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record UpdateModelRequest(ModelName name, Optional<String> description, Optional<String> owner,
        Optional<String> taskType, TagChanges tags, String reason) {

    /**
     * Refuses missing values, text {@code model.yaml} cannot hold and a reason that is not a
     * single line, naming the field.
     */
    public UpdateModelRequest {
        RequestFields.present(Input.NAME, "model name", name);
        RequestFields.optionalText(Input.OTHER, "description", description);
        RequestFields.optionalText(Input.OTHER, "owner", owner);
        RequestFields.optionalText(Input.OTHER, "task type", taskType);
        RequestFields.present(Input.TAG, "tag changes", tags);
        Reasons.check(reason);
    }

    /** Starts a request that changes nothing of {@code name} yet. */
    public static Builder builder(ModelName name) {
        return new Builder(name);
    }

    /** Collects the changes of an {@link UpdateModelRequest}. */
    public static final class Builder {
        private final ModelName name;
        private Optional<String> description = Optional.empty();
        private Optional<String> owner = Optional.empty();
        private Optional<String> taskType = Optional.empty();
        private TagChanges tags = TagChanges.NONE;
        private String reason = "";

        private Builder(ModelName name) {
            this.name = name;
        }

        /** Replaces the description. */
        public Builder description(String value) {
            this.description = Optional.of(RequestFields.text(Input.OTHER, "description", value));
            return this;
        }

        /** Replaces the owner. */
        public Builder owner(String value) {
            this.owner = Optional.of(RequestFields.text(Input.OTHER, "owner", value));
            return this;
        }

        /** Replaces the task type. */
        public Builder taskType(String value) {
            this.taskType = Optional.of(RequestFields.text(Input.OTHER, "task type", value));
            return this;
        }

        /** Adds and removes tags. */
        public Builder tags(TagChanges value) {
            this.tags = value;
            return this;
        }

        /** Sets why, for the commit's {@code Reason} trailer. */
        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        /** The finished request. */
        public UpdateModelRequest build() {
            return new UpdateModelRequest(name, description, owner, taskType, tags,
                    reason);
        }
    }
}
