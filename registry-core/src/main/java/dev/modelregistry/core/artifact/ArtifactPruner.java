package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.modelregistry.core.card.ExportedArtifact;
import dev.modelregistry.core.card.ModelCard;

/**
 * Finds, and unless dry-running removes, the files of the directory store that no card references.
 * A file counts as referenced when a card's artifact or export has its digest or names it by a
 * {@code store:} URI. Files younger than {@link #GRACE} are kept.
 */
final class ArtifactPruner {

    /** How long a stored file is kept even when unreferenced: a registration may not have committed yet. */
    static final Duration GRACE = Duration.ofHours(1);

    private final ContentAddressedDirectory store;
    private final Clock clock;

    ArtifactPruner(ContentAddressedDirectory store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Prunes against {@code cards}, which must be every card of the registry. */
    PruneResult prune(List<ModelCard> cards, boolean dryRun) throws IOException {
        Set<String> referenced = referenced(cards);
        Instant cutoff = clock.instant().minus(GRACE);
        List<StoredBlob> unreferenced = new ArrayList<>();
        List<StoredBlob> recent = new ArrayList<>();
        for (StoredBlob blob : store.list()) {
            if (!referenced.contains(blob.sha256())) {
                (blob.modified().isBefore(cutoff) ? unreferenced : recent).add(blob);
            }
        }
        if (!dryRun) {
            for (StoredBlob blob : unreferenced) {
                store.delete(blob.sha256());
            }
            store.removeTempFilesOlderThan(cutoff);
        }
        return new PruneResult(dryRun, unreferenced, recent);
    }

    private static Set<String> referenced(List<ModelCard> cards) {
        Set<String> referenced = new HashSet<>();
        for (ModelCard card : cards) {
            referenced.add(card.artifact().sha256());
            addStoreDigest(referenced, card.artifact().uri());
            for (ExportedArtifact export : card.exports()) {
                referenced.add(export.sha256());
                addStoreDigest(referenced, export.uri());
            }
        }
        return referenced;
    }

    private static void addStoreDigest(Set<String> referenced, String uri) {
        ArtifactLocation.Stored.of(uri).ifPresent(stored -> referenced.add(stored.sha256()));
    }
}
