package dev.modelregistry.core.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.domain.ModelName;

/**
 * The {@link CardIndex} of one {@code models} tree: each model directory by its name.
 *
 * @param modelsTree the id of the {@code models} tree indexed; empty for a registry without models
 * @param models the model directories by name, in Git's order
 */
record IndexedModels(Optional<ObjectId> modelsTree, Map<String, IndexedModel> models) {

    /** The index of a registry without models. */
    static final IndexedModels EMPTY = new IndexedModels(Optional.empty(), Map.of());

    /** Copies the map, keeping its order. */
    IndexedModels {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** The model {@code name}, when its directory reads cleanly. */
    Optional<IndexedModel> readable(ModelName name) {
        return Optional.ofNullable(models.get(name.value())).filter(model -> model.model().isPresent());
    }
}
