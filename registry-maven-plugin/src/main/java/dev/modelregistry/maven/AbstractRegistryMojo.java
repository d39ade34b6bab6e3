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
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.RegistryUsageException;

/**
 * What every goal of this plugin shares: where the registry is, its branch, who acts, how the
 * result is printed, and skipping. A goal implements {@link #run(ModelRegistry)}: build one
 * request from its parameters, call one {@link ModelRegistry} method, and describe the result.
 * Registry errors are turned into Maven's in one place, {@link ErrorMapping}, blaming the
 * parameter that {@link #parameters()} names for the input at fault.
 */
public abstract class AbstractRegistryMojo extends AbstractMojo {

    /**
     * The registry: a Git repository (bare, or a directory holding {@code .git}). The default is
     * a per-user registry, created by {@code model:register} on first use.
     */
    @Parameter(property = "model.registry", defaultValue = "${user.home}/.model-registry", required = true)
    private File registry;

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
            RegistryCall call = prepare();
            ArtifactAccess artifacts = artifactAccess();
            GoalResult result;
            try (ModelRegistry opened = open(artifacts)) {
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

    private ModelRegistry open(ArtifactAccess artifacts) {
        RegistryOptions options = RegistryOptions.DEFAULT.withBranch(branch).withListener(new LogListener(getLog()));
        if (actor != null && !actor.isBlank()) {
            options = options.withActor(ActorParameter.parse(actor));
        }
        ModelRegistry opened = open(options);
        if (artifacts == ArtifactAccess.NONE) {
            return opened;
        }
        try (opened) {
            options = options.withArtifacts(artifacts.options(opened.policy().artifacts()));
        }
        return open(options);
    }

    private ModelRegistry open(RegistryOptions options) {
        Path path = registry.toPath();
        return createsRegistry() ? ModelRegistry.openOrInit(path, options) : ModelRegistry.open(path, options);
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
