package dev.modelregistry.core.yaml;

/** A node of a YAML document read by {@link StrictYamlReader}; immutable. */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    /** The 1-based line on which the node starts. */
    int line();
}
