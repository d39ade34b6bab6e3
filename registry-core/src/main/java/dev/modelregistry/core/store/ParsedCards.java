package dev.modelregistry.core.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;

/**
 * The cards parsed lately, keyed by their blob id and the version their path names. A blob id is
 * the hash of the file's bytes, so a card found here is exactly the one parsing would give, in any
 * repository and at any commit: a process that writes again and again parses only the cards that
 * changed. It holds at most {@value #CAPACITY} cards, dropping the least recently used; files that
 * fail to parse are never kept, so their error is raised each time.
 */
final class ParsedCards {

    private static final int CAPACITY = 4096;

    private static final Map<Key, ModelCard> CARDS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ModelCard> eldest) {
            return size() > CAPACITY;
        }
    };

    private ParsedCards() {
    }

    /** The card in blob {@code blob} at the path of {@code id}, parsed by {@code parse} unless it was lately. */
    static ModelCard get(ObjectId blob, VersionId id, Supplier<ModelCard> parse) {
        Key key = new Key(blob.copy(), id);
        synchronized (CARDS) {
            ModelCard card = CARDS.get(key);
            if (card != null) {
                return card;
            }
        }
        ModelCard card = parse.get();
        synchronized (CARDS) {
            CARDS.put(key, card);
        }
        return card;
    }

    private record Key(ObjectId blob, VersionId id) {
    }
}
