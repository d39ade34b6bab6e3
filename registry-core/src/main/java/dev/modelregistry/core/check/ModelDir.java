package dev.modelregistry.core.check;

import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.GitSnapshot.FileEntry;

/**
 * A model directory with a valid name, as the layout scan found it.
 *
 * @param name      the model's name, from the directory
 * @param modelFile its {@code model.yaml}, if there is one
 * @param versions  its version directories with valid names
 */
record ModelDir(ModelName name, Optional<FileEntry> modelFile, List<VersionDir> versions) {

    /** Copies the versions. */
    ModelDir {
        versions = List.copyOf(versions);
    }
}
