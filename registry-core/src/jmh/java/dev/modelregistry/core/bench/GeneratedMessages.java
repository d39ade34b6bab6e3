package dev.modelregistry.core.bench;

import java.util.Optional;

import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;

/** The commit messages of generated registry writes: subjects and trailers as {@link CommitMessage} has them. */
public final class GeneratedMessages {

    private GeneratedMessages() {
    }

    /** The message of registering {@code name@version} in {@code development}, by {@code build} if any. */
    public static CommitMessage register(String name, String version, String sha256, Optional<String> build) {
        return CommitMessage.builder("Register " + name + " " + version)
                .trailer(RegistryTrailers.REGISTRY_ACTION, "register")
                .trailer(RegistryTrailers.MODEL, name)
                .trailer(RegistryTrailers.MODEL_VERSION, version)
                .trailer(RegistryTrailers.STAGE, "development")
                .trailer(RegistryTrailers.ARTIFACT_SHA256, sha256)
                .trailer(RegistryTrailers.BUILD, build)
                .build();
    }

    /** The message of moving {@code name@version} from stage {@code from} to {@code to}, before any demotion trailers. */
    public static CommitMessage.Builder promote(String name, String version, String from, String to, String reason) {
        return CommitMessage.builder("Promote " + name + " " + version + " to " + to)
                .trailer(RegistryTrailers.REGISTRY_ACTION, "transition")
                .trailer(RegistryTrailers.MODEL, name)
                .trailer(RegistryTrailers.MODEL_VERSION, version)
                .trailer(RegistryTrailers.FROM_STAGE, from)
                .trailer(RegistryTrailers.STAGE, to)
                .trailer(RegistryTrailers.REASON, reason);
    }
}
