package dev.modelregistry.core;

import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;

/**
 * A version that held a stage at a moment in the past.
 *
 * @param card the version's card as it was at that moment
 * @param movedIn the event that put the version into the stage: the transition or demotion into
 *        it, or the registration when the version started there; empty when no registry commit
 *        records the move (the card was edited by hand; see the version's history)
 * @param registryCommit the branch commit that was the registry's state at that moment
 */
public record StageHolding(ModelCard card, Optional<AuditEvent> movedIn, String registryCommit) {

    /** Requires every component. */
    public StageHolding {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(movedIn, "movedIn");
        Objects.requireNonNull(registryCommit, "registryCommit");
    }
}
