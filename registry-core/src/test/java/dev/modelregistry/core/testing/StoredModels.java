package dev.modelregistry.core.testing;

import java.nio.file.Path;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.VersionId;

/** Registers versions whose model files go through the configured artifact store. */
public final class StoredModels {

    private StoredModels() {
    }

    /** Stores {@code file} as an {@code onnx} artifact of {@code id} (such as {@code churn@1.0.0}) and registers it. */
    public static Artifact register(ModelRegistry registry, String id, Path file) {
        VersionId version = VersionId.parse(id);
        Artifact artifact = registry.storeArtifact(version, file, "onnx");
        registry.register(RegisterRequest.builder(version.name(), artifact).version(version.version()).build());
        return artifact;
    }
}
