package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.VersionId;

/**
 * The embedded artifact store: a content-addressed directory on the local disk, by default
 * {@code artifacts/} inside the registry's Git directory. Cards name its files
 * {@code store:sha256/<hex>}, never by their local path, so the card stays valid wherever the
 * store is.
 */
public final class DirectoryStore implements ArtifactStore {

    private final ContentAddressedDirectory directory;
    private final RegistryListener listener;
    private final Clock clock;

    /** The store under {@code root}; it is created on the first write. */
    public DirectoryStore(Path root, RegistryListener listener, Clock clock) {
        this.directory = new ContentAddressedDirectory(root, clock);
        this.listener = listener;
        this.clock = clock;
    }

    /** The store's root directory. */
    public Path root() {
        return directory.root();
    }

    @Override
    public Artifact put(VersionId id, Path file, String format) {
        long size = ModelFiles.requireReadable(file);
        try (InputStream in = Files.newInputStream(file)) {
            ContentDigest digest = directory.add(in, new ProgressReporter("store " + id, size, listener, clock));
            return new Artifact(new ArtifactLocation.Stored(digest.sha256()).uri(), digest.sha256(), digest.size(),
                    format);
        } catch (IOException e) {
            throw new ArtifactTransferException("Cannot store " + file + " in the artifact store at " + root() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean serves(ArtifactLocation location) {
        return location instanceof ArtifactLocation.Stored;
    }

    @Override
    public Optional<InputStream> open(ArtifactLocation location) throws IOException {
        Optional<Path> blob = directory.find(((ArtifactLocation.Stored) location).sha256());
        return blob.isPresent() ? Optional.of(Files.newInputStream(blob.get())) : Optional.empty();
    }

    /** The content-addressed directory behind this store, for pruning. */
    ContentAddressedDirectory directory() {
        return directory;
    }
}
