package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;

/**
 * JGit's repository for a Git directory, opened on first use with commit-graph reading on (see
 * {@link RepositoryMaintenance#enableCommitGraphReading}). Opening JGit costs a fresh process
 * about a quarter of a second; a read that the registry's derived indexes answer at the branch
 * head never pays it. Safe to share between threads.
 */
final class OnDemandRepository implements AutoCloseable {

    private final Path gitDir;
    private Repository repository;
    private boolean closed;

    /** The repository at {@code gitDir}, not opened yet. */
    OnDemandRepository(Path gitDir) {
        this.gitDir = gitDir;
    }

    /** An open repository, such as a remote registry's cache clone; this takes ownership of it. */
    OnDemandRepository(Repository open) {
        this(open.getDirectory().toPath());
        RepositoryMaintenance.enableCommitGraphReading(open);
        this.repository = open;
    }

    /** The Git directory, known without opening the repository. */
    Path gitDir() {
        return gitDir;
    }

    /**
     * The repository, opened on the first call.
     *
     * @throws RegistryUsageException when its Git configuration file does not read
     * @throws RegistryInternalException when JGit cannot open it otherwise, or after {@link #close()}
     */
    synchronized Repository get() {
        checkOpen();
        if (repository == null) {
            try {
                repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new RegistryInternalException("Cannot open the registry at " + gitDir + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new RegistryUsageException(Input.REGISTRY, "Cannot open the registry at " + gitDir + ": "
                        + e.getMessage() + ". Fix its Git configuration file " + gitDir.resolve("config")
                        + " (git config --file <that file> --list shows what Git reads) and try again.");
            }
            RepositoryMaintenance.enableCommitGraphReading(repository);
        }
        return repository;
    }

    /**
     * Fails after {@link #close()}, so that a read that derived files could answer without the
     * repository fails as one through JGit does.
     *
     * @throws RegistryInternalException after {@link #close()}
     */
    synchronized void checkOpen() {
        if (closed) {
            throw new RegistryInternalException("The registry at " + gitDir + " is closed; open it again to use it.",
                    null);
        }
    }

    /** Closes the repository if it was opened; later calls to {@link #get()} and {@link #checkOpen()} fail. */
    @Override
    public synchronized void close() {
        closed = true;
        if (repository != null) {
            repository.close();
        }
    }
}
