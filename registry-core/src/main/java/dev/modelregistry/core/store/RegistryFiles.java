package dev.modelregistry.core.store;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.yaml.StrictYamlReader;

/** Loads the registry's YAML files from a snapshot, refusing an oversized blob before reading it. */
public final class RegistryFiles {

    private RegistryFiles() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws InvalidRegistryFileException when the blob is larger than the YAML size limit
     */
    public static byte[] load(GitSnapshot snapshot, GitSnapshot.FileEntry file) {
        if (file.size() > StrictYamlReader.DEFAULT_MAX_BYTES) {
            throw new InvalidRegistryFileException(file.path(), 0, "the file is " + file.size()
                    + " bytes, more than the limit of " + StrictYamlReader.DEFAULT_MAX_BYTES + " bytes",
                    "shrink it; large data belongs in artifacts, not in YAML");
        }
        return snapshot.read(file);
    }
}
