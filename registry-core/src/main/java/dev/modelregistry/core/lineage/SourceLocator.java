package dev.modelregistry.core.lineage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;

import dev.modelregistry.core.RegistryInternalException;

/**
 * Finds the Git repository that holds a directory (the directory itself or the nearest parent
 * with {@code .git}) and reads where its code comes from: the {@code origin} remote's URL and the
 * {@code HEAD} commit. Only reads; never changes the repository.
 */
public final class SourceLocator {

    private SourceLocator() {
    }

    /**
     * The source location of {@code directory}, or {@link SourceLocation#NONE} when it is not in a
     * Git repository. Credentials in the remote URL are left out: all user information of an
     * {@code http(s)} URL (CI systems put tokens there), and the password of any other URL. A URL
     * that cannot be parsed is left out rather than risk recording a secret.
     *
     * @throws RegistryInternalException when a repository is found but cannot be read
     */
    public static SourceLocation locate(Path directory) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return SourceLocation.NONE;
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            String origin = repository.getConfig().getString("remote", Constants.DEFAULT_REMOTE_NAME, "url");
            return new SourceLocation(origin == null ? "" : withoutCredentials(origin), head == null ? "" : head.name());
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read the Git repository at " + builder.getGitDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code url} without a password, and without any user information when it is an http(s) URL. */
    static String withoutCredentials(String url) {
        try {
            URIish uri = new URIish(url);
            if (uri.getUser() == null && uri.getPass() == null) {
                return url;
            }
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            URIish cleaned = uri.setPass(null);
            return (http ? cleaned.setUser(null) : cleaned).toString();
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
