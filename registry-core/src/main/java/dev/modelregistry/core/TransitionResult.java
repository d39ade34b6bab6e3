package dev.modelregistry.core;

import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.StageName;

/**
 * The outcome of a stage change.
 *
 * @param card the moved version's card, in its new stage
 * @param from the stage it left
 * @param demoted versions moved out of an exclusive target stage by the same commit
 * @param commitId the commit that made the change
 */
public record TransitionResult(ModelCard card, StageName from, List<ModelCard> demoted,
        Optional<String> commitId) {

    /** Copies the list. */
    public TransitionResult {
        demoted = List.copyOf(demoted);
    }
}
