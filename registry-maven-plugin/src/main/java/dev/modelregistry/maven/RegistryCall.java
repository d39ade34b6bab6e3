package dev.modelregistry.maven;

import java.io.IOException;

import dev.modelregistry.core.ModelRegistry;

/** A goal's work once its parameters are read: one call into the registry, and its result described. */
@FunctionalInterface
public interface RegistryCall {

    /** Makes the call on the opened {@code registry}. */
    GoalResult on(ModelRegistry registry) throws IOException;
}
