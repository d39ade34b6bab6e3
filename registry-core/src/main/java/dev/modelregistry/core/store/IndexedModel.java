package dev.modelregistry.core.store;

import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.CardSummary;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.Version;

/**
 * One model directory as the {@link CardIndex} keeps it: the id of its tree and, when every file
 * in it reads cleanly, its model and each card's blob and summary, lowest version first. A
 * directory with an invalid name or any file that does not read is kept without them (empty
 * {@code model}); the view then reads it from Git and raises the errors it always raised.
 *
 * @param tree the directory's tree id: equal ids mean equal contents
 * @param model the model, present when the directory reads cleanly
 * @param cards the cards, lowest version first; empty when the directory does not read cleanly
 */
record IndexedModel(ObjectId tree, Optional<RegisteredModel> model, List<IndexedCard> cards) {

    /** One card: its blob and what searches need of it. */
    record IndexedCard(ObjectId blob, CardSummary summary) {
    }

    /** Copies the cards. */
    IndexedModel {
        cards = List.copyOf(cards);
    }

    /** A directory that does not read cleanly. */
    static IndexedModel unreadable(ObjectId tree) {
        return new IndexedModel(tree, Optional.empty(), List.of());
    }

    /** The card of {@code version}, if the directory has it. */
    Optional<IndexedCard> card(Version version) {
        return cards.stream().filter(card -> card.summary().version().equals(version)).findFirst();
    }
}
