package dev.modelregistry.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.RemoteCredentials;
import dev.modelregistry.core.remote.ReviewMode;

/**
 * What every goal of this plugin shares: where the registry is, its branch, who acts, how the
 * result is printed, and skipping. A goal implements {@link #run(ModelRegistry)}: build one
 * request from its parameters, call one {@link ModelRegistry} method, and describe the result.
 * Registry errors are turned into Maven's in one place, {@link ErrorMapping}, blaming the
 * parameter that {@link #parameters()} names for the input at fault.
 */
public abstract class AbstractRegistryMojo extends AbstractMojo {

    /** The review mode parameter, for failure messages. */
    static final PluginParameter REVIEW = new PluginParameter("model.review", "review", "always");

    /**
     * The registry: a Git repository on this machine (bare, or a directory holding {@code .git};
     * a relative path is taken from the project's directory), or a remote registry's URL
     * ({@code https://host/org/registry.git}, {@code ssh://git@host/org/registry.git},
     * {@code git@host:org/registry.git} or {@code file:///srv/registry.git}), read and written
     * through a local cache clone under {@code model.remoteCache}. The default is a per-user
     * registry, created by {@code model:register} on first use.
     */
    @Parameter(property = "model.registry", defaultValue = "${user.home}/.model-registry", required = true)
    private String registry;

    /**
     * With a remote registry: read the cache clone as last fetched, fetching nothing; writes fail,
     * since every write must be pushed. Maven's own {@code -o} does not imply it.
     */
    @Parameter(property = "model.offline", defaultValue = "false")
    private boolean offline;

    /**
     * With a remote registry, which writes are proposed for review on a new branch of the remote
     * (for a pull request) instead of landing on {@code model.branch}: {@code policy} (writes into
     * stages that {@code registry.yaml} marks {@code reviewed}, production by default),
     * {@code always} or {@code never}. A local registry has no pull requests: every write lands.
     */
    @Parameter(property = "model.review", defaultValue = "policy", required = true)
    private String review;

    /**
     * Where the cache clones of remote registries are kept, one bare repository per remote. Apart
     * from {@code model.cacheDirectory}, which holds model files by digest. Either can be deleted
     * at any time.
     */
    @Parameter(property = "model.remoteCache", defaultValue = "${user.home}/.model-registry/remotes", required = true)
    private File remoteCache;

    /**
     * The id of the {@code settings.xml} {@code <server>} whose credentials a remote registry over
     * https takes: a {@code username} and {@code password}, or a token (a {@code password} alone,
     * or an {@code Authorization: Bearer} or {@code Private-Token} header). Without such an entry,
     * the environment's {@code MODEL_REGISTRY_TOKEN}, {@code MODEL_REGISTRY_USERNAME} and
     * {@code MODEL_REGISTRY_PASSWORD}; over ssh, the user's keys.
     */
    @Parameter(property = "model.registryServerId", defaultValue = "model-registry", required = true)
    private String registryServerId;

    /** The registry's branch: the branch is the registry, each change one commit on it. */
    @Parameter(property = "model.branch", defaultValue = "main", required = true)
    private String branch;

    /** Skips the goal. */
    @Parameter(property = "model.skip", defaultValue = "false")
    private boolean skip;

    /** How to print the result: {@code text} (the build log) or {@code json} (standard output or {@code model.outputFile}). */
    @Parameter(property = "model.output", defaultValue = "text", required = true)
    private String output;

    /** A file to write the result to instead, in the {@code model.output} format; for scripts that read JSON. */
    @Parameter(property = "model.outputFile")
    private File outputFile;

    /**
     * Who acts, written as Git writes an identity: a name, a space and the email in angle brackets.
     * Becomes the commit's author and committer.
     * When not set: the registry's Git configuration ({@code user.name}, {@code user.email}), else
     * the OS user.
     */
    @Parameter(property = "model.actor")
    private String actor;

    /** The running goal, for messages. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** The Maven session, to tell whether there is a project. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The user's settings, for the server entries holding credentials. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    /** Decrypts passwords encrypted with {@code mvn --encrypt-password}. */
    @Component
    private SettingsDecrypter settingsDecrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String goal = "model:" + mojoExecution.getGoal();
        if (skip) {
            getLog().info("Skipping " + goal + ": model.skip is true");
            return;
        }
        OutputFormat format = OutputFormat.parse(output);
        ErrorMapping errors = new ErrorMapping(allParameters());
        try {
            RegistryLocation location = location();
            ReviewMode reviewMode = reviewMode();
            RegistryCall call = prepare();
            ArtifactAccess artifacts = artifactAccess();
            GoalResult result;
            try (ModelRegistry opened = open(location, remoteOptions(location, reviewMode), artifacts)) {
                result = call.on(opened);
            }
            new ResultWriter(getLog(), format, outputFile).write(result);
            if (result.failure().isPresent()) {
                throw new MojoFailureException(result.failure().get());
            }
        } catch (RegistryUsageException e) {
            throw errors.usage(e);
        } catch (RegistryInternalException e) {
            throw errors.internal(e);
        } catch (IOException | RuntimeException e) {
            throw errors.unexpected(e);
        }
    }

    private ModelRegistry open(RegistryLocation location, RegistryOptions remote, ArtifactAccess artifacts) {
        RegistryOptions options = remote.withBranch(branch).withListener(new LogListener(getLog()));
        if (actor != null && !actor.isBlank()) {
            options = options.withActor(ActorParameter.parse(actor));
        }
        ModelRegistry opened = open(location, options);
        if (artifacts == ArtifactAccess.NONE) {
            return opened;
        }
        try (opened) {
            options = options.withArtifacts(artifacts.options(opened.policy().artifacts()));
        }
        return open(location, options);
    }

    private ModelRegistry open(RegistryLocation location, RegistryOptions options) {
        if (location instanceof RegistryLocation.Local local && createsRegistry()) {
            return ModelRegistry.openOrInit(local.path(), options);
        }
        return ModelRegistry.open(location, options);
    }

    /** The registry parameter as a location; a relative path is taken from the project's directory. */
    private RegistryLocation location() {
        RegistryLocation location = RegistryLocation.parse(registry.strip());
        if (location instanceof RegistryLocation.Local local && !local.path().isAbsolute()) {
            Path base = project().map(found -> found.getBasedir().toPath())
                    .orElseGet(() -> Path.of(session.getRequest().getBaseDirectory()));
            return new RegistryLocation.Local(base.resolve(local.path()).normalize());
        }
        return location;
    }

    private ReviewMode reviewMode() throws MojoFailureException {
        String mode = review.strip();
        for (ReviewMode known : ReviewMode.values()) {
            if (known.name().equalsIgnoreCase(mode)) {
                return known;
            }
        }
        throw new MojoFailureException("Unknown review mode \"" + mode + "\"; use policy (reviewed stages only),"
                + " always or never (" + REVIEW.hint() + ")");
    }

    /** The options of a remote registry: its cache, offline, review and the settings.xml credentials. */
    private RegistryOptions remoteOptions(RegistryLocation location, ReviewMode reviewMode) {
        RegistryOptions options = RegistryOptions.DEFAULT.withRemote(RegistryOptions.DEFAULT.remote()
                .withCacheDirectory(remoteCache.toPath()).withOffline(offline).withReview(reviewMode));
        if (!(location instanceof RegistryLocation.Remote)) {
            return options;
        }
        String serverId = registryServerId.strip();
        Optional<RemoteCredentials> credentials = server(serverId).flatMap(ServerCredentials::forRemote);
        if (credentials.isEmpty()) {
            getLog().debug("No credentials in a settings.xml server \"" + serverId + "\" for the registry " + location
                    + ": using the environment's, or the user's ssh keys");
            return options;
        }
        getLog().info("Using " + credentials.get() + " from settings.xml server \"" + serverId + "\" for the registry "
                + location);
        return options.withRemote(options.remote().withCredentials(credentials.get()));
    }

    /**
     * The {@code settings.xml} server entry {@code id}, its passwords decrypted (problems decrypting
     * them are logged as warnings), or empty when there is none.
     */
    protected final Optional<Server> server(String id) {
        Server server = settings.getServer(id);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            getLog().warn("settings.xml server \"" + id + "\": " + problem.getMessage());
        }
        return Optional.of(decrypted.getServer());
    }

    private Map<Input, PluginParameter> allParameters() {
        Map<Input, PluginParameter> all = new EnumMap<>(Input.class);
        all.put(Input.REGISTRY, PluginParameter.REGISTRY);
        all.put(Input.ACTOR, PluginParameter.ACTOR);
        all.putAll(parameters());
        return all;
    }

    /** Reads and checks the goal's parameters and returns the call that does its work. */
    protected abstract RegistryCall prepare() throws IOException, MojoFailureException;

    /** The parameter that sets each request input of this goal, for failure messages. */
    protected abstract Map<Input, PluginParameter> parameters();

    /**
     * How the goal reaches model files, checked before the registry is opened. Goals that store,
     * fetch or verify artifacts override it; the others open the registry with the default options.
     */
    protected ArtifactAccess artifactAccess() {
        return ArtifactAccess.NONE;
    }

    /**
     * Whether the goal creates the registry when it does not exist yet. Only goals that add
     * content do; the others fail with a message naming {@code model.registry}, so a mistyped path
     * leaves no empty repository behind.
     */
    protected boolean createsRegistry() {
        return false;
    }

    /** The project being built, or empty when the goal runs without a POM. */
    protected final Optional<MavenProject> project() {
        return session.getRequest().isProjectPresent() ? Optional.ofNullable(session.getCurrentProject())
                : Optional.empty();
    }
}
