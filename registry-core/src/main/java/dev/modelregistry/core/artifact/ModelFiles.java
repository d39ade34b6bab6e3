package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/** Checks on the local model files that callers hand to a store. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** The size of {@code file}; a usage error when it is not a readable regular file. */
    static long requireReadable(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new RegistryUsageException(Input.ARTIFACT, "The model file " + file + " does not exist or cannot be"
                    + " read; give the path of the trained model file.");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ArtifactTransferException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }
}
