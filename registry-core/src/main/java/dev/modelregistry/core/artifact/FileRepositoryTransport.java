package dev.modelregistry.core.artifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A Maven repository on a local or mounted file system ({@code file://}). Writes go through a
 * temporary file in the target directory and an atomic move, and never leave the repository root.
 */
final class FileRepositoryTransport implements RepositoryTransport {

    private final Path root;

    FileRepositoryTransport(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<InputStream> get(String path) throws IOException {
        Path file = resolve(path);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public void put(String path, Path file, Supplier<ProgressReporter> progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            write(path, in, progress.get());
        }
    }

    @Override
    public void put(String path, byte[] content) throws IOException {
        write(path, new ByteArrayInputStream(content), ProgressReporter.silent());
    }

    private void write(String path, InputStream in, ProgressReporter progress) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".part");
        try {
            DigestingCopy.copyToNewFile(in, temp, Long.MAX_VALUE, progress);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path resolve(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("path outside the repository: " + path);
        }
        return file;
    }
}
