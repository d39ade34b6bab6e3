package dev.modelregistry.core.bench.cards;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistrationResult;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.bench.Directories;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.git.Actor;

/**
 * A private copy of the bare registry, opened as a {@link ModelRegistry} that writes as the
 * generated registry's author; {@link #registerNext} registers the next new version.
 */
@State(Scope.Benchmark)
public class RegistryCopy extends PrivateCopy {

    private ModelRegistry registry;

    @Override
    Path create(Path registry, Path temp) throws Exception {
        Path copy = temp.resolve("registry.git");
        Directories.copy(registry, copy);
        return copy;
    }

    @Override
    void open(Path dir) {
        registry = ModelRegistry.open(dir, RegistryOptions.DEFAULT.withActor(new Actor("Bench Writer",
                "bench@example.com")));
    }

    @Override
    void shut() {
        registry.close();
    }

    /**
     * Registers a new version of the next model, the patch after its greatest, with an artifact of
     * its own and a card like the generated ones.
     */
    RegistrationResult registerNext() {
        int n = nextOperation();
        String sha = sha256(n);
        return registry.register(RegisterRequest.builder(ModelName.of(model(n)),
                        new Artifact("store:sha256/" + sha, sha, 1_048_576, "onnx"))
                .bump(Bump.PATCH)
                .description("Gradient-boosted trees, registered by the register benchmark")
                .framework("xgboost")
                .taskType("classification")
                .metrics(Map.of("accuracy", 0.9123, "auc", 0.9456))
                .tags(List.of(Tag.of("tabular"), Tag.of("team:t1")))
                .build());
    }
}
