package dev.modelregistry.maven;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.apache.maven.plugin.logging.Log;

import dev.modelregistry.core.ConflictException;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistrationResult;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * Registers a model file after storing it in the registry's artifact store. A Maven repository
 * puts the version into the file's coordinates, so the version comes first: it is planned
 * ({@link ModelRegistry#plannedVersion}), the file is stored under it, and exactly that version
 * is registered.
 * <p>
 * Another build can take the version between the plan and the commit. When the version came from
 * a bump, the whole sequence runs again under the next free version, at most {@link #ATTEMPTS}
 * times, and as long as the plan moves on (a Maven repository that already holds other content
 * under the planned version fails at once). An explicit version that was taken fails. A file
 * uploaded to a Maven repository under a lost version stays there, referenced by no card, since a
 * released Maven artifact is never changed or deleted; the directory store's copy is shared by
 * digest and costs nothing.
 */
public final class StoredRegistration {

    /** How many times the plan, store and register sequence runs at the most. */
    public static final int ATTEMPTS = 3;

    private final Function<Artifact, RegisterRequest.Builder> request;
    private final Log log;

    /**
     * A registration of the request that {@code request} builds around an artifact, reporting
     * retries to {@code log}.
     */
    public StoredRegistration(Function<Artifact, RegisterRequest.Builder> request, Log log) {
        this.request = request;
        this.log = log;
    }

    /**
     * Stores {@code file} (whose local digest is {@code digest}) and registers it.
     *
     * @throws ConflictException when an explicit version is taken, or the store holds other content
     *         under the planned version, or the version was lost {@link #ATTEMPTS} times
     */
    public RegistrationResult register(ModelRegistry registry, Path file, FileDigest digest, String format) {
        RegisterRequest asked = request.apply(new Artifact(file.toUri().toString(), digest.sha256(), digest.size(),
                format)).build();
        Optional<ConflictException> lostTo = Optional.empty();
        Optional<Version> lost = Optional.empty();
        for (int attempt = 1;; attempt++) {
            Version version = registry.plannedVersion(asked);
            if (lost.equals(Optional.of(version))) {
                throw lostTo.orElseThrow();
            }
            try {
                Artifact stored = registry.storeArtifact(new VersionId(asked.name(), version), file, format);
                return registry.register(request.apply(stored).version(version).build());
            } catch (ConflictException e) {
                if (asked.version().isPresent() || e.input() != Input.VERSION || attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Version " + asked.name() + "@" + version + " was taken while its file was stored ("
                        + e.getMessage() + "); planning the next version");
                lostTo = Optional.of(e);
                lost = Optional.of(version);
            }
        }
    }
}
