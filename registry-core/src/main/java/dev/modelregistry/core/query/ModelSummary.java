package dev.modelregistry.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.Version;

/**
 * A registered model with the versions it has, for an overview of the registry. The versions
 * come from the version directories alone; no card is read.
 *
 * @param model the registered model, with its aliases
 * @param versions its versions, lowest precedence first
 */
public record ModelSummary(RegisteredModel model, List<Version> versions) {

    /** Refuses nulls and copies the versions. */
    public ModelSummary {
        Objects.requireNonNull(model, "model");
        versions = List.copyOf(versions);
    }

    /** The greatest version by SemVer precedence; empty when the model has none. */
    public Optional<Version> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
