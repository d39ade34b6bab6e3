package dev.modelregistry.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * Decides whether versions may be deleted. Force is needed for a version in a protected stage,
 * for one that a remaining version names as a lineage parent, and for one whose card is missing
 * or cannot be read: force deletes it by its directory alone.
 */
final class RemovalGuard {

    private final RegistryView view;
    private final boolean force;
    private final String what;

    /**
     * A guard over {@code view}.
     *
     * @param what what the caller deletes, for messages: {@code "it"} or {@code "model churn"}
     */
    RemovalGuard(RegistryView view, boolean force, String what) {
        this.view = view;
        this.force = force;
        this.what = what;
    }

    /**
     * Checks that {@code removed} may be deleted, and tells whether force was needed for it.
     *
     * @throws InvalidRegistryFileException for a card that is missing or cannot be read, unless force
     * @throws ProtectedStageException (FORCE) naming each protected version and its stage, unless force
     * @throws ConflictException (FORCE) naming the remaining versions that have a removed one as
     *     parent, unless force
     */
    boolean check(List<VersionId> removed) {
        List<ModelCard> cards = new ArrayList<>();
        for (VersionId id : removed) {
            readable(id).ifPresent(cards::add);
        }
        boolean unreadable = cards.size() < removed.size();
        boolean protectedStage = checkProtected(cards);
        boolean parent = checkParents(removed);
        return unreadable || protectedStage || parent;
    }

    /** The card of {@code id}; empty when force deletes it without one. */
    private Optional<ModelCard> readable(VersionId id) {
        InvalidRegistryFileException problem;
        try {
            Optional<ModelCard> card = view.card(id);
            if (card.isPresent()) {
                return card;
            }
            problem = new InvalidRegistryFileException(RegistryLayout.versionDir(id.name(), id.version()), 0,
                    "the version directory has no " + RegistryLayout.CARD_FILE, "add the card");
        } catch (InvalidRegistryFileException e) {
            problem = e;
        }
        if (force) {
            return Optional.empty();
        }
        throw new InvalidRegistryFileException(problem.path(), problem.line(), problem.problem(),
                problem.fix() + ", or repeat with force to delete " + what + " as it is");
    }

    private boolean checkProtected(List<ModelCard> cards) {
        List<ModelCard> protectedCards = cards.stream()
                .filter(card -> view.policy().protectedStages().contains(card.stage())).toList();
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

    /**
     * Refuses to remove a lineage parent of a version that stays, which would leave that version
     * with a missing parent for good: lineage cannot be edited. Cards that cannot be read are not
     * looked at.
     */
    private boolean checkParents(List<VersionId> removed) {
        Set<VersionId> gone = Set.copyOf(removed);
        Map<VersionId, Set<VersionId>> children = new LinkedHashMap<>();
        for (ModelCard card : view.readableCards()) {
            if (!gone.contains(card.id())) {
                card.lineage().parents().stream().filter(gone::contains).forEach(parent -> children
                        .computeIfAbsent(parent, p -> new TreeSet<>(VersionId.ORDER)).add(card.id()));
            }
        }
        if (children.isEmpty()) {
            return false;
        }
        if (!force) {
            String which = children.entrySet().stream().map(entry -> entry.getKey() + " is a lineage parent of "
                    + entry.getValue().stream().map(VersionId::toString).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
            throw new ConflictException(Input.FORCE, which + ". Deleting a parent leaves its children with a missing"
                    + " parent for good; delete the children first, or repeat with force to delete " + what + ".");
        }
        return true;
    }
}
