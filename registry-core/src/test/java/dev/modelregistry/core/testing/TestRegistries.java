package dev.modelregistry.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.remote.RemoteCredentials;
import dev.modelregistry.core.remote.RemoteOptions;

/** Opens registries in temporary directories with a known actor and a listener that records events. */
public final class TestRegistries {

    /** The actor tests write as. */
    public static final Actor ALICE = new Actor("Alice Analyst", "alice@example.com");

    /** Events every registry opened here reported. */
    public final List<RegistryEvent> events = new CopyOnWriteArrayList<>();

    /** Options acting as {@link #ALICE} and recording events. */
    public RegistryOptions options() {
        return RegistryOptions.DEFAULT.withActor(ALICE).withListener(events::add);
    }

    /** Options as {@link #options()} with a fixed clock at {@code instant}. */
    public RegistryOptions at(Instant instant) {
        return options().withClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /**
     * Options as {@link #options()} keeping remote registries' cache clones under {@code cacheRoot},
     * with no credentials (whatever the environment holds).
     */
    public RegistryOptions cachedIn(Path cacheRoot) {
        return options().withRemote(RemoteOptions.DEFAULT.withCacheDirectory(cacheRoot)
                .withCredentials(RemoteCredentials.NONE));
    }

    /** Opens or creates a registry at {@code path} with {@link #options()}. */
    public ModelRegistry open(Path path) {
        return ModelRegistry.openOrInit(path, options());
    }
}
