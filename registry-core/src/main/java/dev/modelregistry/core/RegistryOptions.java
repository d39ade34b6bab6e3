package dev.modelregistry.core;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.git.RetryPolicy;
import dev.modelregistry.core.remote.RemoteOptions;
import dev.modelregistry.core.remote.ReviewMode;

/**
 * How to open a registry: its branch, who acts, where events go, the clock, how writes retry, the
 * machine-local artifact options, and how to work with a remote registry.
 *
 * @param branch the registry branch, {@code main} by default
 * @param actor who acts; empty means Git configuration, else the OS user
 * @param listener where progress and diagnostics go
 * @param clock the time source for commits and cards
 * @param retry how lost races are retried
 * @param artifacts where artifacts are stored and cached on this machine, and overrides of {@code registry.yaml}
 * @param remote where a remote registry's cache clone is and whether to work offline; ignored for a local registry
 */
public record RegistryOptions(String branch, Optional<Actor> actor, RegistryListener listener, Clock clock,
        RetryPolicy retry, ArtifactOptions artifacts, RemoteOptions remote) {

    /** The defaults: branch {@code main}, identity from Git, no listener, system clock, default artifact places. */
    public static final RegistryOptions DEFAULT = new RegistryOptions("main", Optional.empty(), RegistryListener.NONE,
            Clock.systemUTC(), RetryPolicy.DEFAULT, ArtifactOptions.DEFAULT, RemoteOptions.DEFAULT);

    /** Refuses nulls. */
    public RegistryOptions {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(remote, "remote");
    }

    /** These options on another branch. */
    public RegistryOptions withBranch(String newBranch) {
        return new RegistryOptions(newBranch, actor, listener, clock, retry, artifacts, remote);
    }

    /** These options acting as {@code newActor}. */
    public RegistryOptions withActor(Actor newActor) {
        return new RegistryOptions(branch, Optional.of(newActor), listener, clock, retry, artifacts, remote);
    }

    /** These options reporting to {@code newListener}. */
    public RegistryOptions withListener(RegistryListener newListener) {
        return new RegistryOptions(branch, actor, newListener, clock, retry, artifacts, remote);
    }

    /** These options with another clock. */
    public RegistryOptions withClock(Clock newClock) {
        return new RegistryOptions(branch, actor, listener, newClock, retry, artifacts, remote);
    }

    /** These options with another retry policy. */
    public RegistryOptions withRetry(RetryPolicy newRetry) {
        return new RegistryOptions(branch, actor, listener, clock, newRetry, artifacts, remote);
    }

    /** These options with other artifact options. */
    public RegistryOptions withArtifacts(ArtifactOptions newArtifacts) {
        return new RegistryOptions(branch, actor, listener, clock, retry, newArtifacts, remote);
    }

    /** These options with other remote options. */
    public RegistryOptions withRemote(RemoteOptions newRemote) {
        return new RegistryOptions(branch, actor, listener, clock, retry, artifacts, newRemote);
    }

    /** These options reading a remote registry's cache without fetching, and refusing writes, when {@code offline}. */
    public RegistryOptions withOffline(boolean offline) {
        return withRemote(remote.withOffline(offline));
    }

    /**
     * These options proposing writes to a remote registry for review as {@code mode} says:
     * {@link ReviewMode#ALWAYS} for every write, {@link ReviewMode#NEVER} for none, and by default
     * those into stages {@code registry.yaml} marks reviewed. Ignored for a local registry.
     */
    public RegistryOptions withReview(ReviewMode mode) {
        return withRemote(remote.withReview(mode));
    }
}
