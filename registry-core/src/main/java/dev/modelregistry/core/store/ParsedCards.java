package dev.modelregistry.core.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;

/**
 * The cards parsed lately, keyed by their blob id and the version their path names. A blob id is
 * the hash of the file's bytes, so a card found here is exactly the one parsing would give, in any
 * repository and at any commit: a process that writes again and again parses only the cards that
 * changed. It holds at most {@value #CAPACITY} cards and {@value #CAPACITY_BYTES} bytes of card
 * files, dropping the least recently used; files that fail to parse are never kept, so their error
 * is raised each time.
 */
final class ParsedCards {

    private static final int CAPACITY = 4096;
    private static final long CAPACITY_BYTES = 4L * 1024 * 1024;

    private static final LinkedHashMap<Key, Parsed> CARDS = new LinkedHashMap<>(256, 0.75f, true);
    private static long keptBytes;

    private ParsedCards() {
    }

    /** The card in blob {@code blob} at the path of {@code id}, if it was parsed lately. */
    static Optional<ModelCard> kept(ObjectId blob, VersionId id) {
        synchronized (CARDS) {
            return Optional.ofNullable(CARDS.get(new Key(blob, id))).map(Parsed::card);
        }
    }

    /** The card in blob {@code blob} at the path of {@code id}, parsed by {@code parse} unless it was lately. */
    static ModelCard get(ObjectId blob, VersionId id, Supplier<Parsed> parse) {
        Key key = new Key(blob.copy(), id);
        synchronized (CARDS) {
            Parsed kept = CARDS.get(key);
            if (kept != null) {
                return kept.card();
            }
        }
        Parsed parsed = parse.get();
        synchronized (CARDS) {
            Parsed previous = CARDS.put(key, parsed);
            keptBytes += parsed.bytes() - (previous == null ? 0 : previous.bytes());
            Iterator<Parsed> eldest = CARDS.values().iterator();
            while (CARDS.size() > CAPACITY || keptBytes > CAPACITY_BYTES) {
                keptBytes -= eldest.next().bytes();
                eldest.remove();
            }
        }
        return parsed.card();
    }

    /** Forgets every card kept, so that the next reads parse as a new process would. */
    static void clear() {
        synchronized (CARDS) {
            CARDS.clear();
            keptBytes = 0;
        }
    }

    /** A card as parsed, and the size of its file in bytes. */
    record Parsed(ModelCard card, long bytes) {
    }

    private record Key(ObjectId blob, VersionId id) {
    }
}
