package dev.modelregistry.core;

import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;

/**
 * The outcome of a registration: the card, and whether it is new. A repeated registration of the
 * same artifact from the same build returns the existing version with {@code created} false.
 *
 * @param card the registered version's card
 * @param created false when an identical registration already existed
 * @param commitId the commit that registered it, empty when nothing was written
 */
public record RegistrationResult(ModelCard card, boolean created, Optional<String> commitId) {
}
