package dev.modelregistry.core.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.domain.ModelName;

/**
 * The {@link CardIndex} at one commit: its policy file, and each model directory by its name.
 *
 * @param commit the commit indexed; empty for a registry with no commit yet
 * @param policy the policy file at that commit
 * @param modelsTree the id of the {@code models} tree indexed; empty for a registry without models
 * @param models the model directories by name, in Git's order
 */
record IndexedModels(Optional<ObjectId> commit, IndexedPolicy policy, Optional<ObjectId> modelsTree,
        Map<String, IndexedModel> models) {

    /** The index of a registry with no commit yet. */
    static final IndexedModels EMPTY = new IndexedModels(Optional.empty(), IndexedPolicy.NONE, Optional.empty(),
            Map.of());

    /** Copies the map, keeping its order. */
    IndexedModels {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** The model {@code name}, when its directory reads cleanly. */
    Optional<IndexedModel> readable(ModelName name) {
        return Optional.ofNullable(models.get(name.value())).filter(model -> model.model().isPresent());
    }
}
