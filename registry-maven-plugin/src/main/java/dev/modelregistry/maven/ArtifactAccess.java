package dev.modelregistry.maven;

import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.ArtifactSettings;

/**
 * How a goal reaches model files: the artifact options to open the registry with, given the
 * {@code artifacts:} section of its {@code registry.yaml}. The section matters because it names
 * the {@code settings.xml} server whose credentials the Maven repository needs.
 */
@FunctionalInterface
public interface ArtifactAccess {

    /** Goals that read or write no model file: the registry opens with the default options. */
    ArtifactAccess NONE = fromFile -> ArtifactOptions.DEFAULT;

    /** The options for a registry whose {@code registry.yaml} says {@code fromFile}. */
    ArtifactOptions options(ArtifactSettings fromFile);
}
