package dev.modelregistry.core.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.git.RegistryRepository;

/**
 * The local bare cache clones of remote registries, one per remote, the way the local Maven
 * repository keeps artifacts: {@code ~/.model-registry/remotes/<host>/<path>-<hash>}. A cache
 * holds the registry branch as last fetched and the objects of the commits written through it;
 * the remote's configuration (and credentials) is never written into it.
 */
public final class RemoteCache {

    private static final int READABLE_LENGTH = 48;
    private static final int HASH_DIGITS = 12;

    private RemoteCache() {
    }

    /**
     * Opens the registry at {@code url} through its cache clone, creating the clone on first use.
     *
     * @throws RegistryUsageException when the branch is invalid, or when offline and there is no cache yet
     */
    public static RegistryRepository open(RemoteUrl url, RegistryOptions options) {
        RegistryRepository.checkBranch(options.branch());
        Path dir = options.remote().cacheDirectoryFor(url);
        Repository cache = options.remote().offline() ? existing(dir, url) : openOrCreate(dir);
        try {
            return RegistryRepository.mirroring(cache, options.branch(), options.retry(), options.clock(),
                    options.listener(), new RemoteMirror(cache, url, options.branch(), options.remote(),
                            options.listener()));
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    static Path directoryFor(Path root, RemoteUrl url) {
        String path = url.path().replaceAll("^[/~]+|/+$", "").replaceAll("\\.git$", "");
        String host = url.host().isEmpty() ? url.scheme() : url.host() + (url.port() > 0 ? "_" + url.port() : "");
        String readable = readable(path);
        String hash = sha256(url.host() + ":" + url.port() + "/" + path).substring(0, HASH_DIGITS);
        return root.resolve(readable(host)).resolve((readable.isEmpty() ? "" : readable + "-") + hash);
    }

    /** {@code text} as one safe, short file name: runs of other characters become {@code _}. */
    private static String readable(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "");
        return safe.length() > READABLE_LENGTH ? safe.substring(safe.length() - READABLE_LENGTH) : safe;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static Repository existing(Path dir, RemoteUrl url) {
        if (!isRepository(dir)) {
            throw new RegistryUsageException(Input.REGISTRY, "No local copy of the registry " + url + " at " + dir
                    + " to read offline: it was never fetched on this machine. Open it once online first.");
        }
        return build(dir);
    }

    /**
     * Opens the cache at {@code dir}, creating it first when missing. It is created beside its
     * place and renamed into it, so that processes starting at once end up sharing one.
     */
    private static Repository openOrCreate(Path dir) {
        if (!isRepository(dir)) {
            try {
                Files.createDirectories(dir.getParent());
                Path fresh = Files.createTempDirectory(dir.getParent(), ".new-cache-");
                Git.init().setBare(true).setDirectory(fresh.toFile()).call().close();
                try {
                    Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    deleteTree(fresh);
                }
            } catch (IOException | GitAPIException e) {
                throw new RegistryInternalException("Cannot create the registry cache at " + dir + ": "
                        + e.getMessage(), e);
            }
        }
        return build(dir);
    }

    private static Repository build(Path dir) {
        if (!isRepository(dir)) {
            throw new RegistryUsageException(Input.REGISTRY, "The registry cache at " + dir
                    + " is not a Git repository. Delete it, or choose another cache directory.");
        }
        try {
            return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot open the registry cache at " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isRepository(Path dir) {
        return Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
