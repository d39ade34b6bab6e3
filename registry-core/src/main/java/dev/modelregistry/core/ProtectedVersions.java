package dev.modelregistry.core;

import java.util.List;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.policy.RegistryPolicy;

/** Guards the removal of versions in the stages the policy protects: that takes force. */
final class ProtectedVersions {

    private ProtectedVersions() {
    }

    /**
     * Checks that {@code cards} may be removed, and tells whether force was needed for it.
     *
     * @param what what the caller deletes, for the message: {@code "it"} or {@code "model churn"}
     * @throws ProtectedStageException (FORCE) naming each protected version and its stage, unless {@code force}
     */
    static boolean checkRemovable(RegistryPolicy policy, List<ModelCard> cards, boolean force, String what) {
        List<ModelCard> protectedCards = cards.stream()
                .filter(card -> policy.protectedStages().contains(card.stage())).toList();
        if (protectedCards.isEmpty()) {
            return false;
        }
        if (!force) {
            String where = protectedCards.stream().map(card -> card.id() + " is in " + card.stage())
                    .collect(Collectors.joining(", "));
            throw new ProtectedStageException(Input.FORCE, where + (protectedCards.size() == 1 ? ", a protected stage"
                    : ", protected stages") + "; repeat with force to delete " + what + ".");
        }
        return true;
    }
}
