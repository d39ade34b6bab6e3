package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.NotFoundException;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.card.ModelCard;

/**
 * Gets a version's artifact into a file: streams it into a temporary file beside the destination
 * while computing its digest and size, and moves it into place only when both match the card. A
 * remote artifact is kept in the cache by digest and verified again each time it is used.
 */
final class ArtifactFetcher {

    private final ArtifactSources sources;
    private final ContentAddressedDirectory cache;
    private final RegistryListener listener;
    private final Clock clock;

    ArtifactFetcher(ArtifactSources sources, ContentAddressedDirectory cache, RegistryListener listener, Clock clock) {
        this.sources = sources;
        this.cache = cache;
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Fetches the artifact of {@code card} to {@code destination}: a file path, or an existing
     * directory to put {@code <name>-<version>.<extension>} into.
     */
    FetchResult fetch(ModelCard card, Path destination) {
        ArtifactLocation location = ArtifactLocation.parse(card.artifact().uri());
        ContentDigest expected = ContentDigest.of(card.artifact());
        Path target = target(card, destination);
        try {
            Files.createDirectories(target.getParent());
            boolean remote = !(location instanceof ArtifactLocation.Stored);
            if (remote && fromCache(card, expected, target)) {
                return new FetchResult(card.id(), target, expected, true);
            }
            try (InputStream in = sources.open(location).orElseThrow(() -> missing(card))) {
                copyVerified(card, in, target, expected);
            }
            if (remote) {
                cache.addVerified(target, expected);
            }
            return new FetchResult(card.id(), target, expected, false);
        } catch (IOException e) {
            throw new ArtifactTransferException("Cannot fetch the artifact of " + card.id() + " from "
                    + UriText.redacted(location.uri()) + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path target(ModelCard card, Path destination) {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute.resolve(card.name() + "-" + card.version() + "."
                    + MavenCoordinates.extensionFor(card.artifact().format()));
        }
        return absolute;
    }

    private boolean fromCache(ModelCard card, ContentDigest expected, Path target) throws IOException {
        Optional<Path> cached = cache.find(expected.sha256());
        if (cached.isEmpty()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(cached.get())) {
            copyVerified(card, in, target, expected);
            return true;
        } catch (ArtifactIntegrityException damaged) {
            cache.delete(expected.sha256());
            return false;
        }
    }

    private void copyVerified(ModelCard card, InputStream in, Path target, ContentDigest expected) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".part");
        try {
            ProgressReporter progress = new ProgressReporter("fetch " + card.id(), expected.size(), listener, clock);
            ContentDigest actual = DigestingCopy.copyToNewFile(in, temp, expected.size(), progress);
            if (!actual.equals(expected)) {
                throw new ArtifactIntegrityException("The artifact of " + card.id() + " ("
                        + UriText.redacted(card.artifact().uri()) + ") is not what its card records: expected "
                        + expected + ", read " + describe(actual, expected) + ". Nothing was written to " + target
                        + ". The stored copy was changed or damaged; restore it from a backup or register the model"
                        + " again.", expected, actual);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What was read, saying "more than" for a source longer than the card's size. */
    static String describe(ContentDigest actual, ContentDigest expected) {
        return actual.size() > expected.size() ? "more than " + expected.size() + " bytes" : actual.toString();
    }

    private static NotFoundException missing(ModelCard card) {
        return new NotFoundException(Input.ARTIFACT, "The artifact of " + card.id() + " is missing: its store has no "
                + UriText.redacted(card.artifact().uri()) + ". Restore the store from a backup or register the model"
                + " file again.");
    }
}
