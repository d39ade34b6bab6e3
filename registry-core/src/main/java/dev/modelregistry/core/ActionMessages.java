package dev.modelregistry.core;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;

/** Starts a registry commit message with the subject and the trailers that open every action's block. */
final class ActionMessages {

    private ActionMessages() {
    }

    /** A message with {@code subject} and the trailers {@code Registry-Action} and {@code Model}. */
    static CommitMessage.Builder about(String subject, RegistryAction action, ModelName model) {
        return CommitMessage.builder(subject)
                .trailer(RegistryTrailers.REGISTRY_ACTION, action.trailerValue())
                .trailer(RegistryTrailers.MODEL, model.value());
    }

    /** A message with {@code subject} and the trailers {@code Registry-Action}, {@code Model} and {@code Model-Version}. */
    static CommitMessage.Builder about(String subject, RegistryAction action, VersionId version) {
        return about(subject, action, version.name())
                .trailer(RegistryTrailers.MODEL_VERSION, version.version().toString());
    }
}
