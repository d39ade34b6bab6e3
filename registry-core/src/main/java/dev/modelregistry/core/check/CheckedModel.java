package dev.modelregistry.core.check;

import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;

/**
 * A model directory after its files were read.
 *
 * @param dir   the directory, with every version directory whose name is valid
 * @param model its {@code model.yaml}, empty when missing or broken
 * @param cards the cards that read cleanly, in directory order
 */
record CheckedModel(ModelDir dir, Optional<ParsedFile<RegisteredModel>> model, List<ParsedFile<ModelCard>> cards) {

    /** Copies the cards. */
    CheckedModel {
        cards = List.copyOf(cards);
    }
}
