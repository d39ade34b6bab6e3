package dev.modelregistry.core.testing;

import java.nio.file.Path;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.Actor;

/**
 * A separate JVM process that registers {@code count} patch versions of one model, for tests
 * that prove concurrent processes lose nothing. Arguments: registry path, model name, count, writer id.
 */
public final class RegisterLoop {

    private RegisterLoop() {
    }

    /** Registers the versions and exits 0, or prints the error and exits 1. */
    public static void main(String[] args) {
        Path registryPath = Path.of(args[0]);
        ModelName name = ModelName.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String writer = args[3];
        RegistryOptions options = RegistryOptions.DEFAULT.withActor(new Actor("writer " + writer, writer + "@example.com"));
        try (ModelRegistry registry = ModelRegistry.openOrInit(registryPath, options)) {
            for (int i = 0; i < count; i++) {
                registry.register(RegisterRequest.builder(name, Samples.artifact(writer + "-" + i))
                        .bump(Bump.PATCH).build());
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
