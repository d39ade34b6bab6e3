package dev.modelregistry.core.artifact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which store new model files go into, as {@code artifacts.store} in {@code registry.yaml} names it. */
public enum StoreKind {
    /** The embedded content-addressed directory (the default). */
    DIRECTORY,
    /** The configured Maven repository. */
    MAVEN;

    /** The name used in {@code registry.yaml}: {@code directory} or {@code maven}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this {@link #yamlName()}, if any. */
    public static Optional<StoreKind> byYamlName(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
    }

    /** The accepted names, comma-separated, for messages. */
    public static String yamlNames() {
        return Arrays.stream(values()).map(StoreKind::yamlName).collect(Collectors.joining(", "));
    }
}
