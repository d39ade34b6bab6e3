package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;

/** Creates the bare repository of a new registry, whole or not at all. */
final class BareRegistry {

    private BareRegistry() {
    }

    /**
     * Creates a bare repository whose HEAD names {@code branch} at {@code path}, which is missing or
     * an empty directory (or holds only the library's own directories).
     *
     * @throws RegistryUsageException when the path holds other files
     */
    static void create(Path path, String branch) {
        try {
            if (Files.exists(path) && (!Files.isDirectory(path) || hasForeignEntries(path))) {
                throw new RegistryUsageException(Input.REGISTRY, "Cannot create a registry at " + path
                        + ": it exists and holds other files, and it is not a Git repository. Choose another path.");
            }
            if (Files.exists(path) && !isEmptyDirectory(path)) {
                createBare(path, branch);
                return;
            }
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + path.getFileName() + ".init-");
            try {
                createBare(staging, branch);
                moveIntoPlace(staging, path);
            } finally {
                deleteRecursively(staging);
            }
        } catch (IOException | GitAPIException e) {
            throw new RegistryInternalException("Cannot create a registry at " + path + ": " + e.getMessage(), e);
        }
    }

    private static void createBare(Path path, String branch) throws GitAPIException, IOException {
        try (Git git = Git.init().setBare(true).setDirectory(path.toFile()).setInitialBranch(branch).call()) {
            git.getRepository().getConfig().save();
        }
    }

    /**
     * Moves a complete new repository to {@code path} in one rename, so that a process killed while
     * creating a registry never leaves a half-made repository there; a registry that another
     * process created there first is kept.
     */
    private static void moveIntoPlace(Path staging, Path path) throws IOException {
        try {
            Files.deleteIfExists(path);
            Files.move(staging, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException taken) {
            if (RegistryRepository.gitDirOf(path) == null) {
                throw taken;
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * The directories the library itself keeps inside the default per-user registry path
     * ({@code ~/.model-registry/cache} for fetched artifacts, {@code remotes} for clones of remote
     * registries); a directory holding only these still takes a new registry.
     */
    private static final Set<String> OWN_DIRECTORIES = Set.of("cache", "remotes");

    private static boolean hasForeignEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(entry -> !(Files.isDirectory(entry)
                    && OWN_DIRECTORIES.contains(entry.getFileName().toString())));
        }
    }
}
