package dev.modelregistry.core;

import java.util.function.Supplier;

/** Writes a registry file from values the caller gave, blaming the caller for values YAML cannot hold. */
final class StorableYaml {

    private StorableYaml() {
    }

    /**
     * Runs {@code write}, turning a value it cannot write faithfully (a control character, an
     * unsupported type, an infinite number) into a usage error.
     */
    static byte[] write(Supplier<byte[]> write) {
        try {
            return write.get();
        } catch (IllegalArgumentException e) {
            throw new RegistryUsageException(Input.OTHER, "The change cannot be stored: " + e.getMessage()
                    + ". Use text without control characters, finite numbers, booleans, lists and maps with text keys.");
        }
    }
}
