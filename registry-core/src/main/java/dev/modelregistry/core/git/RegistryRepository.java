package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A registry's Git repository (bare or not) and its branch: reads snapshots of the branch and
 * lands writes on it as single compare-and-swap commits. Never touches a working tree. The
 * repository may be the local cache of a remote registry: then its branch mirrors an
 * {@link UpstreamBranch}, fetched before every read and write and pushed to by every write.
 */
public final class RegistryRepository implements AutoCloseable {

    private final OnDemandRepository repository;
    private final String refName;
    private final LooseBranchRef looseHead;
    private final RetryPolicy retry;
    private final Clock clock;
    private final RegistryListener listener;
    private final Optional<UpstreamBranch> upstream;
    private BranchWriter writer;

    private RegistryRepository(OnDemandRepository repository, String branch, RetryPolicy retry, Clock clock,
            RegistryListener listener, Optional<UpstreamBranch> upstream) {
        this.repository = repository;
        this.refName = Constants.R_HEADS + branch;
        this.looseHead = new LooseBranchRef(repository.gitDir(), refName);
        this.retry = retry;
        this.clock = clock;
        this.listener = listener;
        this.upstream = upstream;
    }

    /**
     * A registry whose branch in {@code cache} mirrors {@code upstream}: the local cache of a
     * remote registry. Takes ownership of {@code cache}.
     *
     * @throws RegistryUsageException when {@code branch} is not a valid branch name
     */
    public static RegistryRepository mirroring(Repository cache, String branch, RetryPolicy retry, Clock clock,
            RegistryListener listener, UpstreamBranch upstream) {
        checkBranch(branch);
        return new RegistryRepository(new OnDemandRepository(cache), branch, retry, clock, listener,
                Optional.of(upstream));
    }

    /**
     * Opens the repository at {@code path}: a bare repository, or a directory holding {@code .git}.
     * JGit opens it on first use: a read that the registry's indexes answer at the branch head,
     * read from its loose ref file, never does.
     *
     * @throws RegistryUsageException when there is no Git repository there
     */
    public static RegistryRepository open(Path path, String branch, RetryPolicy retry, Clock clock,
            RegistryListener listener) {
        checkBranch(branch);
        Path gitDir = gitDirOf(path);
        if (gitDir == null) {
            throw new RegistryUsageException(Input.REGISTRY, "No registry at " + path
                    + ": it is not a Git repository. Point at an existing registry, or create one by registering a first"
                    + " version.");
        }
        return new RegistryRepository(new OnDemandRepository(gitDir), branch, retry, clock, listener, Optional.empty());
    }

    /**
     * Opens the repository at {@code path}, first creating a bare repository whose HEAD names
     * {@code branch} when the path is missing or an empty directory.
     *
     * @throws RegistryUsageException when the path holds other files and no repository
     */
    public static RegistryRepository openOrInit(Path path, String branch, RetryPolicy retry, Clock clock,
            RegistryListener listener) {
        checkBranch(branch);
        if (gitDirOf(path) == null) {
            BareRegistry.create(path, branch);
        }
        return open(path, branch, retry, clock, listener);
    }

    /** The Git directory of the repository at {@code path} (bare, or holding {@code .git}), or null. */
    static Path gitDirOf(Path path) {
        if (Files.isRegularFile(path.resolve("HEAD")) && Files.isDirectory(path.resolve("objects"))) {
            return path;
        }
        Path dotGit = path.resolve(Constants.DOT_GIT);
        return Files.isDirectory(dotGit) ? dotGit : null;
    }

    /**
     * Refuses a branch name Git does not accept.
     *
     * @throws RegistryUsageException naming the branch
     */
    public static void checkBranch(String branch) {
        if (branch == null || !BranchName.isValid(branch)) {
            throw new RegistryUsageException(Input.REGISTRY, "Invalid registry branch \"" + branch
                    + "\": it must be a valid Git branch name, such as main.");
        }
    }

    /**
     * Runs {@code query} on the files of the branch head; a mirrored branch is fetched first. The
     * head of a local registry is read from its loose ref file when it has one.
     */
    public <R> R read(Function<GitSnapshot, R> query) {
        return readAt(headName().map(ObjectId::fromString).orElse(null), query);
    }

    /**
     * The id of the branch head's commit (40 lowercase hexadecimal digits); empty when the branch
     * has no commit yet. A mirrored branch is fetched first. The head of a local registry is read
     * from its loose ref file when it has one, without opening the repository or loading JGit.
     */
    public Optional<String> headName() {
        repository.checkOpen();
        if (upstream.isPresent()) {
            return upstream.get().refresh().map(ObjectId::name);
        }
        Optional<String> loose = looseHead.read();
        return loose.isPresent() ? loose : Optional.ofNullable(resolvedHead()).map(ObjectId::name);
    }

    /** The branch head as JGit resolves it; null when the branch has no commit yet. */
    private ObjectId resolvedHead() {
        try {
            Ref ref = jgit().exactRef(refName);
            return ref == null ? null : ref.getObjectId();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read " + refName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code query} on the files of {@code commit}; null means an empty registry. The commit
     * itself is read only when the query reads a file or the commit, and the repository is opened
     * only then.
     */
    public <R> R readAt(ObjectId commit, Function<GitSnapshot, R> query) {
        repository.checkOpen();
        try (ReaderOnDemand reader = new ReaderOnDemand(repository)) {
            return query.apply(new GitSnapshot(reader, commit));
        }
    }

    /** An object reader, made on first use and closed with this. */
    private static final class ReaderOnDemand implements Supplier<ObjectReader>, AutoCloseable {

        private final OnDemandRepository repository;
        private ObjectReader reader;

        ReaderOnDemand(OnDemandRepository repository) {
            this.repository = repository;
        }

        @Override
        public ObjectReader get() {
            if (reader == null) {
                reader = repository.get().newObjectReader();
            }
            return reader;
        }

        @Override
        public void close() {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /**
     * The commit {@code commitish} names: a branch, tag, commit id or revision expression such
     * as {@code main~2} or {@code refs/pull/12/head}.
     *
     * @throws RegistryUsageException naming {@code commitish} when it names no commit
     */
    public ObjectId resolveCommit(String commitish) {
        upstream.ifPresent(UpstreamBranch::refresh);
        return Revisions.resolve(jgit(), commitish, refName);
    }

    /**
     * The best common ancestor of {@code base} and {@code head}, where a change from {@code base}
     * to {@code head} starts; {@code base} itself when it is an ancestor of {@code head}, and
     * {@code null} (an empty registry) when the two share no history.
     */
    public ObjectId mergeBase(ObjectId base, ObjectId head) {
        return Revisions.mergeBase(jgit(), base, head);
    }

    /**
     * The newest commit on the branch since the commit {@code since} (all of the branch when
     * empty) with the trailer {@code key: value}; empty when there is none or the branch has no
     * commit.
     */
    public Optional<TrailedCommit> commitWithTrailer(Optional<String> since, String key, String value) {
        Optional<String> head = headName();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return Revisions.commitWithTrailer(jgit(), ObjectId.fromString(head.get()),
                since.map(ObjectId::fromString).orElse(null), key, value);
    }

    /** Lands {@code op} as one commit by {@code actor}; see {@link WriteOperation}. */
    public <R> WriteOutcome<R> write(String operation, Actor actor, WriteOperation<R> op) {
        repository.checkOpen();
        return writer().write(operation, actor, op);
    }

    private synchronized BranchWriter writer() {
        if (writer == null) {
            writer = new BranchWriter(jgit(), refName, retry, clock, listener, upstream);
        }
        return writer;
    }

    /** The identity Git would use for this repository when the caller names no actor. */
    public Actor defaultActor() {
        return Actor.fromGitConfig(jgit());
    }

    /** True when this repository is the local cache of a remote registry. */
    public boolean isMirror() {
        return upstream.isPresent();
    }

    /** The full name of the registry branch, such as {@code refs/heads/main}. */
    public String refName() {
        return refName;
    }

    /** The Git directory, known without opening the repository. */
    public Path directory() {
        return repository.gitDir();
    }

    /**
     * The JGit repository, for history walks; opened on the first call.
     *
     * @throws RegistryUsageException when its Git configuration file does not read
     * @throws RegistryInternalException when JGit cannot open it otherwise
     */
    public Repository jgit() {
        return repository.get();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (writer != null) {
                writer.close();
            }
        }
        repository.close();
    }
}
