package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;

/**
 * The artifact operations of one registry, below the {@code ModelRegistry} facade: stores model
 * files, fetches, verifies and prunes them, given the cards to work on. Built from the
 * {@code artifacts:} settings in force and the caller's machine-local options.
 */
public final class ArtifactService {

    private final ArtifactSettings settings;
    private final DirectoryStore directoryStore;
    private final ArtifactStore newFiles;
    private final ArtifactFetcher fetcher;
    private final ArtifactVerifier verifier;
    private final ArtifactPruner pruner;

    /**
     * The service for a registry whose Git directory is {@code gitDir}.
     *
     * @param fileSettings the {@code artifacts:} section of {@code registry.yaml}
     * @param options the caller's overrides and local directories
     * @param gitDir the registry's Git directory, beside which the directory store lives by default
     * @param listener where progress goes
     * @param clock the time source for progress and pruning
     */
    public ArtifactService(ArtifactSettings fileSettings, ArtifactOptions options, Path gitDir,
            RegistryListener listener, Clock clock) {
        this.settings = options.applyTo(fileSettings);
        this.directoryStore = new DirectoryStore(options.storeDirectoryFor(gitDir), listener, clock);
        Optional<MavenRepositoryStore> maven = settings.maven().map(repository -> new MavenRepositoryStore(repository,
                RepositoryTransport.of(repository, options.credentials()), listener, clock));
        this.newFiles = settings.store() == StoreKind.MAVEN ? maven.orElseThrow() : directoryStore;
        List<ArtifactSource> all = new ArrayList<>(List.of(directoryStore, new ReferenceSource()));
        maven.ifPresent(all::add);
        ArtifactSources sources = new ArtifactSources(all);
        ContentAddressedDirectory cache = new ContentAddressedDirectory(options.cacheDirectoryOrDefault(), clock);
        this.fetcher = new ArtifactFetcher(sources, cache, listener, clock);
        this.verifier = new ArtifactVerifier(sources, listener, clock);
        this.pruner = new ArtifactPruner(directoryStore.directory(), clock);
    }

    /** The settings in force. */
    public ArtifactSettings settings() {
        return settings;
    }

    /** Stores {@code file} as the artifact of {@code id} in the configured store; see {@link ArtifactStore#put}. */
    public Artifact store(VersionId id, Path file, String format) {
        return newFiles.put(id, file, format);
    }

    /**
     * An artifact that stays at an existing {@code https:} address, recorded with the digest and
     * size the caller gives; nothing is uploaded or downloaded now. Fetching and verifying check
     * them later.
     *
     * @throws UnsafeArtifactUriException when the URI breaks the rules for references
     * @throws ArtifactTransferException when its host cannot be resolved
     */
    public Artifact reference(URI uri, String sha256, long size, String format) {
        ArtifactLocation location = ArtifactLocation.parse(uri.toString());
        if (!(location instanceof ArtifactLocation.Reference)) {
            throw new UnsafeArtifactUriException("The reference \"" + UriText.redacted(uri.toString()) + "\" is not an"
                    + " https: URI; only https: addresses can be recorded as references.");
        }
        try {
            RemoteAddressPolicy.check(uri);
        } catch (IOException e) {
            throw new ArtifactTransferException("Cannot check the reference " + UriText.redacted(uri.toString()) + ": "
                    + e.getMessage(), e);
        }
        return new Artifact(location.uri(), sha256, size, format);
    }

    /**
     * Fetches the artifact of {@code card} to {@code destination} (a file, or an existing directory),
     * verified; see {@code ModelRegistry.fetch}.
     */
    public FetchResult fetch(ModelCard card, Path destination) {
        return fetcher.fetch(card, destination);
    }

    /** Checks the stored artifact of every card. */
    public ArtifactReport verify(List<ModelCard> cards) {
        return verifier.verify(cards);
    }

    /**
     * Lists, and unless {@code dryRun} removes, directory-store files that none of {@code allCards}
     * references; {@code allCards} must be every card of the registry.
     */
    public PruneResult prune(List<ModelCard> allCards, boolean dryRun) {
        try {
            return pruner.prune(allCards, dryRun);
        } catch (IOException e) {
            throw new ArtifactTransferException("Cannot prune the artifact store at " + directoryStore.root() + ": "
                    + e.getMessage(), e);
        }
    }
}
