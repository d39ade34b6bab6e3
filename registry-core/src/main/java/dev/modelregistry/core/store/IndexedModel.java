package dev.modelregistry.core.store;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.CardSummary;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.Version;

/**
 * One model directory as the {@link CardIndex} keeps it: the id of its tree and, when every file
 * in it reads cleanly, its model and each card's blob, summary and YAML tree, lowest version first.
 * A directory with an invalid name or any file that does not read is kept without them (empty
 * {@link #model()}); the view then reads it from Git and raises the errors it always raised. An
 * entry read from the index file is decoded on first use, so a query that needs one model decodes
 * one; its stored bytes are written back as they are.
 */
final class IndexedModel {

    /**
     * One card: its blob, what searches need of it, and its parsed YAML tree as
     * {@link dev.modelregistry.core.yaml.YamlTreeCodec} encodes it, to map into the whole card
     * without parsing YAML.
     */
    record IndexedCard(ObjectId blob, CardSummary summary, ByteBuffer tree) {
    }

    /** What an entry holds once decoded: the model, present when the directory reads cleanly, and its cards. */
    record Content(Optional<RegisteredModel> model, List<IndexedCard> cards) {

        /** Copies the cards. */
        Content {
            cards = List.copyOf(cards);
        }
    }

    private static final Content UNREADABLE = new Content(Optional.empty(), List.of());

    private final ObjectId tree;
    private final Optional<ByteBuffer> stored;
    private final Function<ByteBuffer, Content> decoder;
    private volatile Content content;

    private IndexedModel(ObjectId tree, Content content, Optional<ByteBuffer> stored,
            Function<ByteBuffer, Content> decoder) {
        this.tree = tree;
        this.content = content;
        this.stored = stored;
        this.decoder = decoder;
    }

    /** A directory read from Git. */
    static IndexedModel read(ObjectId tree, Content content) {
        return new IndexedModel(tree, content, Optional.empty(), null);
    }

    /** A directory that does not read cleanly. */
    static IndexedModel unreadable(ObjectId tree) {
        return read(tree, UNREADABLE);
    }

    /** A directory as the index file stores it in {@code bytes}, which {@code decoder} decodes on first use. */
    static IndexedModel stored(ObjectId tree, ByteBuffer bytes, Function<ByteBuffer, Content> decoder) {
        return new IndexedModel(tree, null, Optional.of(bytes), decoder);
    }

    /** The directory's tree id: equal ids mean equal contents. */
    ObjectId tree() {
        return tree;
    }

    /** The bytes the index file stored for this entry, if it came from the file. */
    Optional<ByteBuffer> stored() {
        return stored.map(ByteBuffer::duplicate);
    }

    /** The model, present when the directory reads cleanly. */
    Optional<RegisteredModel> model() {
        return content().model();
    }

    /** The cards, lowest version first; empty when the directory does not read cleanly. */
    List<IndexedCard> cards() {
        return content().cards();
    }

    /** The card of {@code version}, if the directory has it. */
    Optional<IndexedCard> card(Version version) {
        return cards().stream().filter(card -> card.summary().version().equals(version)).findFirst();
    }

    /**
     * The decoded content; stored bytes that do not decode make the entry unreadable, so the
     * view reads the directory from Git instead.
     */
    Content content() {
        Content decoded = content;
        if (decoded == null) {
            try {
                decoded = decoder.apply(stored.orElseThrow().duplicate());
            } catch (RuntimeException e) {
                decoded = UNREADABLE;
            }
            content = decoded;
        }
        return decoded;
    }
}
