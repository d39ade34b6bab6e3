package dev.modelregistry.core.testing;

import java.nio.file.Path;
import java.util.List;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.RepositoryCredentials;
import dev.modelregistry.core.artifact.StoreKind;
import dev.modelregistry.core.domain.ModelReference;

/**
 * A separate JVM process, run with a small heap, that stores a model file as churn@1.0.0, fetches
 * churn@latest and verifies every artifact. Arguments: registry path, model file, destination,
 * cache directory, then optionally a Maven repository URL, user and password (else the directory
 * store). Exits 0 when all went well.
 */
public final class StoreAndFetch {

    private StoreAndFetch() {
    }

    /** Runs the round trip; prints the error and exits 1 on failure. */
    public static void main(String[] args) {
        ArtifactOptions artifacts = ArtifactOptions.DEFAULT.withCacheDirectory(Path.of(args[3]));
        if (args.length > 4) {
            artifacts = artifacts.withStore(StoreKind.MAVEN).withRepository(MavenRepository.at(args[4]))
                    .withCredentials(RepositoryCredentials.basic(args[5], args[6]));
        }
        RegistryOptions options = RegistryOptions.DEFAULT.withActor(TestRegistries.ALICE).withArtifacts(artifacts);
        try (ModelRegistry registry = ModelRegistry.openOrInit(Path.of(args[0]), options)) {
            StoredModels.register(registry, "churn@1.0.0", Path.of(args[1]));
            registry.fetch(ModelReference.parse("churn@latest"), Path.of(args[2]));
            if (!registry.verifyArtifacts(List.of()).allOk()) {
                throw new IllegalStateException("verify failed");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
