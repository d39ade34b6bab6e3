package dev.modelregistry.core;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.artifact.ArtifactIntegrityException;
import dev.modelregistry.core.artifact.ArtifactReport;
import dev.modelregistry.core.artifact.ArtifactService;
import dev.modelregistry.core.artifact.ArtifactTransferException;
import dev.modelregistry.core.artifact.ContentDigest;
import dev.modelregistry.core.artifact.FetchResult;
import dev.modelregistry.core.artifact.PruneResult;
import dev.modelregistry.core.artifact.UnsafeArtifactUriException;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.check.ChangeChecker;
import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.RegistryChecker;
import dev.modelregistry.core.check.SignatureChecker;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.git.RepositoryMaintenance;
import dev.modelregistry.core.git.ReviewRequest;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WriteOutcome;
import dev.modelregistry.core.history.HistoryIndex;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.CardSearch;
import dev.modelregistry.core.query.Direction;
import dev.modelregistry.core.query.LineageReport;
import dev.modelregistry.core.query.LineageWalker;
import dev.modelregistry.core.query.ModelComparison;
import dev.modelregistry.core.query.ModelSummary;
import dev.modelregistry.core.query.SearchQuery;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.RemoteCache;
import dev.modelregistry.core.remote.ReviewMode;
import dev.modelregistry.core.signing.SignatureRequirement;
import dev.modelregistry.core.signing.SignedHistory;
import dev.modelregistry.core.signing.UnsignedChangeException;
import dev.modelregistry.core.store.CardIndex;
import dev.modelregistry.core.store.ReferenceResolver;
import dev.modelregistry.core.store.RegisteredArtifacts;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * A model registry kept in a Git repository: the one entry point of the library. Every write is
 * exactly one commit on the registry branch, landed by compare-and-swap; every read sees one
 * commit. Instances are safe to share between threads.
 *
 * <pre>{@code
 * try (ModelRegistry registry = ModelRegistry.openOrInit(Path.of("registry"), RegistryOptions.DEFAULT)) {
 *     registry.register(RegisterRequest.builder(ModelName.of("churn"), artifact).bump(Bump.MINOR).build());
 *     registry.transition(new TransitionRequest(ModelReference.parse("churn@latest"),
 *             StageName.of("staging"), "passed offline evaluation"));
 *     ModelCard staging = registry.get(ModelReference.parse("churn@staging"));
 * }
 * }</pre>
 */
public final class ModelRegistry implements AutoCloseable {

    private final RegistryRepository repository;
    private final RegistryOptions options;
    private Actor actor;
    private final ReviewRule reviewRule;
    private final boolean ownsRepository;
    private HistoryIndex historyIndex;
    private final CardIndex cardIndex;
    /** Empty for a remote registry's cache and for a registry handed to {@link #propose}. */
    private final Optional<RegistrationHandOff> handOff;

    private ModelRegistry(RegistryRepository repository, RegistryOptions options) {
        this(repository, options, true);
    }

    private ModelRegistry(RegistryRepository repository, RegistryOptions options, boolean ownsRepository) {
        this.repository = repository;
        this.options = options;
        this.reviewRule = new ReviewRule(options.remote().review(), repository.isMirror());
        this.ownsRepository = ownsRepository;
        this.cardIndex = new CardIndex(repository.directory());
        this.handOff = ownsRepository && !repository.isMirror()
                ? Optional.of(new RegistrationHandOff(repository, options.branch(), options.retry(),
                        options.listener(), this::register))
                : Optional.empty();
    }

    /**
     * Opens the registry in the Git repository at {@code path} (bare, or a directory with
     * {@code .git}). JGit opens the repository on first use: a read that the card index or the
     * history index answers at the branch head needs no JGit repository, and a history that the
     * history index answers loads no JGit class.
     *
     * @throws RegistryUsageException when there is no repository there
     */
    public static ModelRegistry open(Path path, RegistryOptions options) {
        return new ModelRegistry(RegistryRepository.open(path, options.branch(), options.retry(), options.clock(),
                options.listener()), options);
    }

    /**
     * Opens the registry at {@code location}: a Git repository on this machine (as
     * {@link #open(Path, RegistryOptions)}), or a remote one through a local cache clone. A remote
     * registry is fetched before every read and write, and every write is pushed with the head it
     * was planned on as the lease; a write that another writer beat runs again on the new head.
     *
     * @throws RegistryUsageException when there is no repository at a local path, or when a remote
     *         is opened offline and this machine has no cache of it yet
     */
    public static ModelRegistry open(RegistryLocation location, RegistryOptions options) {
        if (location instanceof RegistryLocation.Remote remote) {
            return new ModelRegistry(RemoteCache.open(remote.url(), options), options);
        }
        return open(((RegistryLocation.Local) location).path(), options);
    }

    /** Opens the registry at {@code path}, creating a bare repository there if the path is missing or empty. */
    public static ModelRegistry openOrInit(Path path, RegistryOptions options) {
        return new ModelRegistry(RegistryRepository.openOrInit(path, options.branch(), options.retry(),
                options.clock(), options.listener()), options);
    }

    /**
     * The identity this registry writes as: the one in the options, else the one Git's
     * configuration gives, read on first use.
     *
     * @throws RegistryUsageException when Git's configuration gives a name or email that a commit
     *         cannot hold
     */
    public synchronized Actor actor() {
        if (actor == null) {
            actor = options.actor().orElseGet(repository::defaultActor);
        }
        return actor;
    }

    /** The history index, made on first use; it opens the repository only when it must read commits. */
    private synchronized HistoryIndex historyIndex() {
        if (historyIndex == null) {
            historyIndex = new HistoryIndex(repository);
        }
        return historyIndex;
    }

    /**
     * Registers a new version, or returns the existing one when the same artifact was registered
     * by the same build before. When another process on this machine writes to the same local
     * registry, the registration is handed to it, and it lands the commit by this actor (see
     * {@code docs/registry-format.md}, "The write service").
     */
    public RegistrationResult register(RegisterRequest request) {
        Actor by = actor();
        Optional<RegistrationResult> handed = handOff.flatMap(service -> service.register(request, by));
        return handed.orElseGet(() -> register(request, by, null));
    }

    /** Registers {@code request} here, by {@code by}; {@code requestId}, when not null, is a handed registration's. */
    private RegistrationResult register(RegisterRequest request, Actor by, String requestId) {
        WriteOutcome<ModelCard> outcome = write("register " + request.name(), by, new Registration(request, by,
                options.clock(), Optional.ofNullable(requestId)));
        return new RegistrationResult(outcome.result(), outcome.commitId().isPresent(), outcome.commitId());
    }

    /** The card a reference means: {@code name@1.2.0}, {@code name@production}, {@code name@champion} or {@code name@latest}. */
    public ModelCard get(ModelReference reference) {
        return read(view -> new ReferenceResolver(view).resolve(reference));
    }

    /** The registered model, with its aliases. */
    public RegisteredModel model(ModelName name) {
        return read(view -> view.requireModel(name));
    }

    /** The registry's policy: {@code registry.yaml}, or the defaults. */
    public RegistryPolicy policy() {
        return read(RegistryView::policy);
    }

    /** Moves a version to another stage, demoting the holder of an exclusive target stage. */
    public TransitionResult transition(TransitionRequest request) {
        WriteOutcome<TransitionResult> outcome = write("move " + request.reference() + " to " + request.target(),
                new Transition(request));
        TransitionResult result = outcome.result();
        return new TransitionResult(result.card(), result.from(), result.demoted(), outcome.commitId());
    }

    // --- aliases, metadata updates, deletion and cleanup ---

    /**
     * Points an alias at a version, or moves it there; the previous target is recorded in the
     * commit. Nothing is written when the alias already points at that version.
     *
     * @throws ConflictException when the alias is a stage name
     * @throws NotFoundException when the model or the target version does not exist
     */
    public AliasResult setAlias(SetAliasRequest request) {
        WriteOutcome<AliasResult> outcome = write("set alias " + request.alias() + " of " + request.model(),
                new SetAlias(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    /**
     * Removes an alias; the version it pointed to stays.
     *
     * @throws NotFoundException when the model has no such alias, naming the aliases it has
     */
    public AliasResult removeAlias(RemoveAliasRequest request) {
        WriteOutcome<AliasResult> outcome = write("remove alias " + request.alias() + " of " + request.model(),
                new RemoveAlias(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    /**
     * Changes a version's editable metadata: description, tags, metrics (put, never removed),
     * metadata entries (put) and the written model card. Nothing is written when nothing changes.
     *
     * @throws NotFoundException when the reference names no version
     */
    public UpdateResult<ModelCard> updateVersion(UpdateVersionRequest request) {
        WriteOutcome<UpdateResult<ModelCard>> outcome = write("update " + request.reference(),
                new UpdateVersion(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    /**
     * Changes a model's description, owner, task type and tags in {@code model.yaml}. Nothing is
     * written when nothing changes.
     *
     * @throws NotFoundException when there is no such model
     */
    public UpdateResult<RegisteredModel> updateModel(UpdateModelRequest request) {
        WriteOutcome<UpdateResult<RegisteredModel>> outcome = write("update model " + request.name(),
                new UpdateModel(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    /**
     * Deletes one version's files and the aliases that point at it, in one commit; history keeps
     * them.
     *
     * @throws ProtectedStageException when the version is in a protected stage and force is not given
     * @throws ConflictException (FORCE) when a version that stays names it as lineage parent and
     *     force is not given
     * @throws InvalidRegistryFileException when its card cannot be read and force is not given; force
     *     deletes a version given as {@code name@version} by its directory alone
     * @throws NotFoundException when the reference names no version
     */
    public DeleteResult deleteVersion(DeleteRequest request) {
        WriteOutcome<DeleteResult> outcome = write("delete " + request.reference(), new DeleteVersion(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    /**
     * Deletes a model's files: {@code model.yaml} and every version, in one commit; history keeps them.
     *
     * @throws ProtectedStageException when a version is in a protected stage and force is not given
     * @throws ConflictException (FORCE) when a version of another model names one of its versions
     *     as lineage parent and force is not given
     * @throws InvalidRegistryFileException when a card cannot be read and force is not given
     * @throws NotFoundException when there is no such model
     */
    public DeleteResult deleteModel(DeleteModelRequest request) {
        WriteOutcome<DeleteResult> outcome = write("delete model " + request.name(), new DeleteModel(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    /**
     * Removes old versions by retention in one commit: of each model (or of the one requested) it
     * keeps the newest N by precedence, every version in a protected stage, every version under an
     * alias and every lineage parent of a version that stays. A dry run returns the same plan and writes nothing; so does a cleanup with nothing
     * to remove.
     *
     * @throws NotFoundException when the requested model does not exist
     */
    public CleanupResult cleanup(CleanupRequest request) {
        WriteOutcome<CleanupResult> outcome = write("clean up " + request.model().map(ModelName::value)
                .orElse("all models"), new Cleanup(request));
        return outcome.result().withCommitId(outcome.commitId());
    }

    // --- search, compare, best and lineage ---

    /** Every registered model, sorted by name regardless of case. */
    public List<RegisteredModel> listModels() {
        return listModelSummaries().stream().map(ModelSummary::model).toList();
    }

    /** Every registered model with its versions, sorted by name regardless of case; reads no card. */
    public List<ModelSummary> listModelSummaries() {
        return read(view -> view.modelNames().stream()
                .sorted(Comparator.comparing(ModelName::caseKey))
                .map(name -> new ModelSummary(view.requireModel(name), view.versions(name)))
                .toList());
    }

    /**
     * The versions {@code query} matches, sorted and limited as it says. Only the cards of models
     * whose name matches the query's name pattern are read.
     *
     * @throws IllegalTransitionException (STAGE) when the query names a stage the policy lacks
     */
    public List<ModelCard> search(SearchQuery query) {
        return read(view -> new CardSearch(view).search(query));
    }

    /**
     * The versions {@code references} mean, side by side, in the order given. References that
     * mean the same version (such as {@code churn@production} and {@code churn@1.2.0}) give one
     * column, at the first of them.
     *
     * @throws RegistryUsageException (REFERENCE) when the list is empty
     * @throws NotFoundException when a reference means no version
     */
    public ModelComparison compare(List<ModelReference> references) {
        if (references.isEmpty()) {
            throw new RegistryUsageException(Input.REFERENCE, "No versions to compare; give one or more"
                    + " references such as churn@1.2.0 churn@production.");
        }
        return read(view -> {
            ReferenceResolver resolver = new ReferenceResolver(view);
            return ModelComparison.of(references.stream().map(resolver::resolve).toList());
        });
    }

    /**
     * Among the versions {@code filter} matches, the one with the greatest ({@link Direction#MAX})
     * or least ({@link Direction#MIN}) value of {@code metric}; versions lacking it are skipped and
     * ties go to the greater version. Empty when no matching version has the metric.
     */
    public Optional<ModelCard> best(MetricName metric, Direction direction, CardFilter filter) {
        return read(view -> new CardSearch(view).best(metric, direction, filter));
    }

    /** The ancestors and descendants of the version {@code reference} means, across models, every generation. */
    public LineageReport lineage(ModelReference reference) {
        return lineage(reference, LineageWalker.UNLIMITED);
    }

    /**
     * The ancestors and descendants of the version {@code reference} means, across models, at most
     * {@code depth} generations each way. Render them with {@link dev.modelregistry.core.query.LineageText}.
     *
     * @throws RegistryUsageException (OTHER) when {@code depth} is below 1
     */
    public LineageReport lineage(ModelReference reference, int depth) {
        return read(view -> new LineageWalker(view).lineage(new ReferenceResolver(view).resolve(reference), depth));
    }

    // --- history ---

    /**
     * The audit trail, newest first: of the whole registry, one model or one version, read from
     * the branch's commits alone. Commits without registry trailers appear as edits.
     *
     * @throws NotFoundException when the query names a model or version no commit ever touched
     */
    public List<AuditEvent> history(HistoryQuery query) {
        return new HistoryReader(repository, historyIndex()).history(query);
    }

    /**
     * The versions of {@code model} that held {@code stage} at {@code at} (usually one), each with
     * its card as it was then and the event that put it there; empty before the model existed.
     *
     * @throws IllegalTransitionException when {@code stage} is not one of the registry's stages
     * @throws NotFoundException when the model exists neither now nor at {@code at}
     */
    public List<StageHolding> stageHolders(ModelName model, StageName stage, Instant at) {
        return new StageHistory(repository, historyIndex()).holders(model, stage, at);
    }

    // --- maintenance ---

    /**
     * Maintains the registry's repository, safely while other processes write: repacks its
     * objects without deleting any object that is not in the new pack (so nothing a concurrent
     * write still needs), rewrites the commit-graph with changed-path Bloom filters, and brings
     * the history index and the card index up to the branch head. A remote registry maintains its local
     * cache clone.
     *
     * @throws RegistryUsageException (REGISTRY) when the repository's Git config sets
     *         {@code gc.pruneExpire} to {@code now}
     */
    public MaintenanceResult maintain() {
        RepositoryMaintenance.Stats stats = new RepositoryMaintenance(repository.jgit()).run();
        int indexed = repository.read(snapshot -> {
            cardIndex.refresh(snapshot);
            return snapshot.commit().map(head -> historyIndex().refresh(head.name())).orElse(0);
        });
        return new MaintenanceResult(stats.packedObjects(), stats.looseObjects(), stats.commitGraphCommits(),
                stats.bloomFiltersComputed(), indexed);
    }

    /**
     * Writes {@code CODEOWNERS} at the root from the owners in {@code registry.yaml}, in one
     * commit, so that a Git host whose branch protection requires code owners' review requires
     * the approval of those owners for the files they own. Nothing is written when the file is
     * already exactly that. In review mode the commit is proposed for review instead.
     *
     * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
     * @throws RegistryUsageException (REGISTRY) when {@code registry.yaml} names no owners; (REASON)
     *     when the reason is not one line
     */
    public CodeOwnersResult writeCodeOwners(String reason) {
        WriteOutcome<CodeOwnersResult> outcome = write("write CODEOWNERS", new WriteCodeOwners(reason));
        CodeOwnersResult result = outcome.result();
        return new CodeOwnersResult(result.content(), result.changed(), outcome.commitId());
    }

    // --- check ---

    /**
     * Checks the whole registry at the branch head against the format, collecting every problem:
     * broken or hostile files, stray files, names, stages, aliases and lineage. See "Checking a
     * registry" in {@code docs/registry-format.md} for the rules.
     */
    public CheckReport check() {
        CheckReport report = repository.read(RegistryChecker::check);
        return report.commit().map(head -> report.with(new StageApprovals(repository, historyIndex())
                .problems(ObjectId.fromString(head)))).orElse(report);
    }

    /**
     * Checks the registry as it is at {@code commitish}: any branch, tag, commit id or revision
     * expression of the registry repository, such as a pull request's head ref.
     *
     * @throws RegistryUsageException (REVISION) naming {@code commitish} when it names no commit, or
     *     when it is null
     */
    public CheckReport check(String commitish) {
        if (commitish == null) {
            throw new RegistryUsageException(Input.REVISION, "No commit to check (null); give a branch, tag or commit"
                    + " id of the registry repository, or check the registry branch with check().");
        }
        return repository.readAt(repository.resolveCommit(commitish), RegistryChecker::check);
    }

    /**
     * Checks a change to the registry, such as a pull request from {@code base} (its target, such
     * as {@code origin/main}) to {@code head} (its source, or the merge GitHub makes): the whole
     * tree at {@code head} as {@link #check(String)} does, plus the change from the merge base of
     * the two to {@code head}: only legal stage moves, new versions in the initial stage,
     * artifacts and identity fields unchanged, no deletion from a protected stage, and the
     * requirements of each stage a version enters. See "Checking a pull request" in
     * {@code docs/registry-format.md}.
     *
     * @throws RegistryUsageException (REVISION) naming {@code base} or {@code head} when it names no
     *     commit, or when it is null
     */
    public CheckReport check(String base, String head) {
        if (base == null || head == null) {
            throw new RegistryUsageException(Input.REVISION, "No " + (base == null ? "base" : "head") + " commit of"
                    + " the change to check (null); give the pull request's target branch as base, such as"
                    + " origin/main, and its source as head, such as HEAD.");
        }
        ObjectId headCommit = repository.resolveCommit(head);
        ObjectId baseCommit = repository.mergeBase(repository.resolveCommit(base), headCommit);
        return repository.readAt(baseCommit, before -> repository.readAt(headCommit,
                after -> ChangeChecker.check(before, after)));
    }

    // --- artifacts ---

    /**
     * The version {@link #register} would give {@code request} if it ran now, checked as it would
     * check it: the version a repeat of the same build and artifact got before, else the explicit
     * version, else the bump of the greatest one. A store whose coordinates hold the version (a
     * Maven repository) needs it before the upload; register with exactly that version then, and
     * plan again if the registration loses it to another writer. Nothing is written.
     *
     * @throws ConflictException when the name or the explicit version is taken
     * @throws NotFoundException when a lineage parent does not exist
     */
    public Version plannedVersion(RegisterRequest request) {
        return repository.read(head -> new Registration(request, actor(), options.clock(), Optional.empty()).plan(head)
                .result().version());
    }

    /**
     * Stores a model file in the configured artifact store, streaming it once, and returns the
     * {@link Artifact} to register with it. The directory store keeps each content once; a Maven
     * repository deploys it as {@code <groupId>:<name>:<version>}, so register with exactly
     * {@code id.version()}.
     */
    public Artifact storeArtifact(VersionId id, Path file, String format) {
        return artifacts().store(id, file, format);
    }

    /**
     * An artifact that stays at an existing {@code https:} address, for registering without
     * uploading: the digest and size are the caller's and are checked on every fetch and verify.
     * Loopback, link-local and unspecified hosts and URIs with user info are refused.
     */
    public Artifact referenceArtifact(URI uri, String sha256, long size, String format) {
        return artifacts().reference(uri, sha256, size, format);
    }

    /**
     * Fetches the artifact of the version {@code reference} means into {@code destination} (a file
     * path, or an existing directory to put {@code <name>-<version>.<extension>} into). The bytes
     * are verified against the card's size and SHA-256 while they stream into a temporary file
     * beside the destination, which is moved into place only when both match.
     *
     * @throws ArtifactIntegrityException when the bytes are not the card's, or the card's digest is
     *     not the one its version was registered with (by the history); nothing is written
     * @throws UnsafeArtifactUriException when the card's URI is not one this library reads
     * @throws ArtifactTransferException when the store cannot be read
     */
    public FetchResult fetch(ModelReference reference, Path destination) {
        ModelCard card = repository.read(snapshot -> {
            ModelCard resolved = new ReferenceResolver(new RegistryView(snapshot)).resolve(reference);
            RegisteredArtifacts.of(snapshot, resolved.id()).filter(digest -> !digest.equals(resolved.artifact().sha256()))
                    .ifPresent(digest -> {
                        throw new ArtifactIntegrityException("The card of " + resolved.id() + " records artifact"
                                + " sha256 " + resolved.artifact().sha256() + ", but the version was registered with "
                                + digest + ": the card was edited after registration. Nothing was fetched; restore"
                                + " the card's artifact as registered (mvn model:check shows it).",
                                new ContentDigest(digest, resolved.artifact().size()),
                                new ContentDigest(resolved.artifact().sha256(), resolved.artifact().size()));
                    });
            return resolved;
        });
        return artifacts().fetch(card, destination);
    }

    /**
     * Re-checks the stored artifacts of the versions {@code selection} names, or of every version
     * when it is empty, reporting each one OK, MISSING, CORRUPT or UNCHECKED.
     */
    public ArtifactReport verifyArtifacts(List<ModelReference> selection) {
        List<ModelCard> cards = read(view -> selection.isEmpty() ? view.allCards()
                : selection.stream().map(new ReferenceResolver(view)::resolve).distinct().toList());
        return artifacts().verify(cards);
    }

    /**
     * Lists the directory-store files no card references any more, and removes them unless
     * {@code dryRun}. Files written within the last hour are kept.
     */
    public PruneResult pruneArtifacts(boolean dryRun) {
        return artifacts().prune(read(RegistryView::allCards), dryRun);
    }

    /** The artifact operations below this facade, with the settings in force at the branch head. */
    public ArtifactService artifacts() {
        return new ArtifactService(policy().artifacts(), options.artifacts(), repository.directory(),
                options.listener(), options.clock());
    }

    // --- remote registries and review ---

    /** True when this registry is a remote one, read and written through a local cache clone. */
    public boolean isRemote() {
        return repository.isMirror();
    }

    /**
     * Proposes changes for review: runs {@code writes} on this registry in review mode, where each
     * change is committed on a new branch of the remote named after it (such as
     * {@code registry/promote/churn/1.2.0-production}) and pushed, and the registry branch does
     * not move until a pull request merges it. The write methods called on the registry given to
     * {@code writes} return their usual results, with an empty commit id. Outside this method,
     * writes are proposed as {@link RegistryOptions#withReview} says; each proposal is also
     * reported as a {@link RegistryEvent.ReviewRequested}.
     *
     * @return the review requests made, in order; empty when nothing needed to change
     * @throws RegistryUsageException (REGISTRY) when this registry is local: review needs a remote
     */
    public List<ReviewRequest> propose(Consumer<ModelRegistry> writes) {
        if (!isRemote()) {
            throw new RegistryUsageException(Input.REGISTRY, "Cannot propose changes for review in the local"
                    + " registry at " + repository.directory() + ": review needs a remote registry that"
                    + " pull requests go to. Open the registry by its remote URL, or write without review.");
        }
        List<ReviewRequest> requests = new CopyOnWriteArrayList<>();
        RegistryListener collect = event -> {
            if (event instanceof RegistryEvent.ReviewRequested requested) {
                requests.add(requested.request());
            }
            options.listener().onEvent(event);
        };
        writes.accept(new ModelRegistry(repository, options.withReview(ReviewMode.ALWAYS).withListener(collect), false));
        return List.copyOf(requests);
    }

    // --- signing ---

    /**
     * Checks that the registry's history at {@code commitish} is signed by the keys
     * {@code requirement} allows: every commit reachable from it ({@code unsigned-commit},
     * {@code unknown-signer}), and every commit that changed the card of a version now in a
     * protected stage ({@code unsigned-card}). Writes are signed when the repository's Git
     * configuration says so ({@code commit.gpgSign}, {@code gpg.format=ssh}, {@code user.signingKey}).
     *
     * @throws RegistryUsageException (REVISION) naming {@code commitish} when it names no commit
     */
    public CheckReport checkSignatures(String commitish, SignatureRequirement requirement) {
        return checkSignatures(Optional.empty(), commitish, requirement);
    }

    /**
     * As {@link #checkSignatures(String, SignatureRequirement)} for a change such as a pull request:
     * the commits from the merge base of {@code base} and {@code head} to {@code head}, and the
     * whole history of the cards in protected stages at {@code head}.
     *
     * @throws RegistryUsageException (REVISION) naming {@code base} or {@code head} when it names no commit
     */
    public CheckReport checkSignatures(String base, String head, SignatureRequirement requirement) {
        return checkSignatures(Optional.of(base == null ? "" : base), head, requirement);
    }

    /**
     * {@link #get(ModelReference)}, refused unless every commit that changed the files the answer
     * rests on (the version's card, the model's {@code model.yaml} and {@code registry.yaml}) is
     * signed by a key {@code requirement} allows.
     *
     * @throws UnsignedChangeException naming the first such commit that is not, and the file
     */
    public ModelCard get(ModelReference reference, SignatureRequirement requirement) {
        SignedHistory history = new SignedHistory(repository.jgit(), requirement);
        return repository.read(snapshot -> {
            ModelCard card = new ReferenceResolver(new RegistryView(snapshot)).resolve(reference);
            List<String> files = List.of(RegistryLayout.cardFile(card.name(), card.version()),
                    RegistryLayout.modelFile(card.name()), RegistryLayout.POLICY_FILE);
            history.untrustedChanges(snapshot.commit().orElseThrow(), files).stream().findFirst().ifPresent(change -> {
                throw new UnsignedChangeException(reference + " (" + card.name() + "@" + card.version() + ")",
                        change, requirement);
            });
            return card;
        });
    }

    /**
     * {@link #fetch(ModelReference, Path)} of the card {@link #get(ModelReference, SignatureRequirement)}
     * accepts; nothing is fetched when it refuses.
     *
     * @throws UnsignedChangeException when the card's history is not signed by allowed keys
     */
    public FetchResult fetch(ModelReference reference, Path destination, SignatureRequirement requirement) {
        return artifacts().fetch(get(reference, requirement), destination);
    }

    private CheckReport checkSignatures(Optional<String> base, String head, SignatureRequirement requirement) {
        if (head == null || base.filter(String::isEmpty).isPresent()) {
            throw new RegistryUsageException(Input.REVISION, "No " + (head == null ? "head" : "base") + " commit whose"
                    + " signatures to check; give a branch, tag or commit id of the registry repository, such as"
                    + " main or origin/main.");
        }
        ObjectId headCommit = repository.resolveCommit(head);
        Optional<ObjectId> baseCommit = base.map(b -> repository.mergeBase(repository.resolveCommit(b), headCommit));
        SignedHistory history = new SignedHistory(repository.jgit(), requirement);
        return repository.readAt(headCommit, snapshot -> SignatureChecker.check(history, snapshot, baseCommit));
    }

    <R> R read(Function<RegistryView, R> query) {
        cardIndex.loadInBackground();
        return repository.read(snapshot -> query.apply(new RegistryView(snapshot, cardIndex)));
    }

    <R> WriteOutcome<R> write(String operation, WriteOperation<R> op) {
        return write(operation, actor(), op);
    }

    private <R> WriteOutcome<R> write(String operation, Actor by, WriteOperation<R> op) {
        WriteOutcome<R> outcome = repository.write(operation, by, reviewRule.applyTo(op));
        outcome.review().ifPresent(review -> options.listener().onEvent(new RegistryEvent.ReviewRequested(review)));
        return outcome;
    }

    RegistryRepository repository() {
        return repository;
    }

    /**
     * Stops writing for other processes (serving them on while they keep handing registrations
     * over, up to 3 s, and waiting for the registrations it took), waits until the card and
     * history indexes, as the last reads left them, are stored for the next process, and closes
     * the repository: later reads and writes fail with a
     * {@link RegistryInternalException} and write nothing. A registry handed to {@link #propose}
     * leaves the repository to its owner.
     */
    @Override
    public void close() {
        handOff.ifPresent(RegistrationHandOff::close);
        cardIndex.flush();
        HistoryIndex history;
        synchronized (this) {
            history = historyIndex;
        }
        if (history != null) {
            history.flush();
        }
        if (ownsRepository) {
            repository.close();
        }
    }
}
