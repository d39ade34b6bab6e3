package dev.modelregistry.core.bench;

import java.nio.file.Path;

/**
 * Where one writer of a {@link WriterRound} registers its versions.
 *
 * @param registry the local registry
 * @param model the model
 */
record WriterTarget(Path registry, String model) {
}
