package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

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
            initBare(path, branch);
        }
        return open(path, branch, retry, clock, listener);
    }

    private static void initBare(Path path, String branch) {
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
            if (gitDirOf(path) == null) {
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

    /** The Git directory of the repository at {@code path} (bare, or holding {@code .git}), if there is one. */
    public static Optional<Path> gitDirectory(Path path) {
        return Optional.ofNullable(gitDirOf(path));
    }

    private static Path gitDirOf(Path path) {
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
        if (branch == null || branch.equals(Constants.HEAD) || !Repository.isValidRefName(Constants.R_HEADS + branch)) {
            throw new RegistryUsageException(Input.REGISTRY, "Invalid registry branch \"" + branch
                    + "\": it must be a valid Git branch name, such as main.");
        }
    }

    /**
     * Runs {@code query} on the files of the branch head; a mirrored branch is fetched first. The
     * head of a local registry is read from its loose ref file when it has one.
     */
    public <R> R read(Function<GitSnapshot, R> query) {
        if (upstream.isPresent()) {
            return readAt(upstream.get().refresh().orElse(null), query);
        }
        return readAt(looseHead.read().orElseGet(this::resolvedHead), query);
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
        String problem;
        try {
            ObjectId id = commitish.isBlank() ? null : jgit().resolve(commitish + "^{commit}");
            if (id != null) {
                return id;
            }
            problem = "names no commit";
        } catch (AmbiguousObjectException e) {
            problem = "is an ambiguous abbreviation";
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            problem = "is not a commit";
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot resolve \"" + commitish + "\": " + e.getMessage(), e);
        }
        throw new RegistryUsageException(Input.REVISION, "\"" + commitish + "\" " + problem + " in the registry at "
                + repository.gitDir() + "; give a branch, tag or full commit id that exists there, such as "
                + Repository.shortenRefName(refName) + ".");
    }

    /**
     * The best common ancestor of {@code base} and {@code head}, where a change from {@code base}
     * to {@code head} starts; {@code base} itself when it is an ancestor of {@code head}, and
     * {@code null} (an empty registry) when the two share no history.
     */
    public ObjectId mergeBase(ObjectId base, ObjectId head) {
        try (RevWalk walk = new RevWalk(jgit())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(base));
            walk.markStart(walk.parseCommit(head));
            RevCommit found = walk.next();
            return found == null ? null : found.copy();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot find the merge base of " + base.name() + " and " + head.name()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Lands {@code op} as one commit by {@code actor}; see {@link WriteOperation}. */
    public <R> WriteOutcome<R> write(String operation, Actor actor, WriteOperation<R> op) {
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
        return Actor.fromGitConfig(jgit().getConfig());
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
        repository.close();
    }
}
