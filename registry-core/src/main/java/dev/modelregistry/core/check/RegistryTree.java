package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.RegistryPolicy;

/**
 * A registry tree at one commit as the change check compares it: its policy, the versions whose
 * directories have valid names, and the cards that read cleanly. The tree's own problems are left
 * to the whole-tree check.
 *
 * @param policy   the policy, empty when {@code registry.yaml} is broken
 * @param versions every version with a valid directory, readable card or not
 * @param cards    the readable cards by version
 */
record RegistryTree(Optional<RegistryPolicy> policy, Set<VersionId> versions, Map<VersionId, ParsedFile<ModelCard>> cards) {

    /** Copies the collections. */
    RegistryTree {
        versions = Set.copyOf(versions);
        cards = Map.copyOf(cards);
    }

    /** The tree of {@code snapshot}, read with the strict readers of the whole-tree check. */
    static RegistryTree of(GitSnapshot snapshot) {
        List<Problem> ignored = new ArrayList<>();
        List<ModelDir> dirs = new LayoutScan(snapshot, ignored).models();
        FileChecks files = new FileChecks(snapshot, ignored);
        Map<VersionId, ParsedFile<ModelCard>> cards = new LinkedHashMap<>();
        dirs.stream().map(files::model).flatMap(model -> model.cards().stream())
                .forEach(card -> cards.put(card.value().id(), card));
        Set<VersionId> versions = dirs.stream().flatMap(dir -> dir.versions().stream()).map(VersionDir::id)
                .collect(Collectors.toSet());
        return new RegistryTree(files.policy(), versions, cards);
    }
}
