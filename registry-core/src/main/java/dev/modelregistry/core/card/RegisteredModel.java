package dev.modelregistry.core.card;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;

/**
 * A registered model, stored as {@code models/<name>/model.yaml}: what it is, who owns it, and
 * its aliases (such as {@code champion} to {@code 1.4.0}). Text fields are empty when not given.
 */
public record RegisteredModel(ModelName name, String description, String owner, String taskType, List<Tag> tags,
        Map<AliasName, Version> aliases) {

    /** Refuses nulls, copies the tags and sorts the aliases by name. */
    public RegisteredModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(taskType, "taskType");
        tags = List.copyOf(tags);
        TreeMap<AliasName, Version> sorted = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        sorted.putAll(aliases);
        aliases = Collections.unmodifiableMap(sorted);
    }

    /** A new model with nothing but its name. */
    public static RegisteredModel named(ModelName name) {
        return new RegisteredModel(name, "", "", "", List.of(), Map.of());
    }

    /** The version an alias points to. */
    public Optional<Version> alias(AliasName alias) {
        return Optional.ofNullable(aliases.get(alias));
    }

    /** This model with its aliases replaced. */
    public RegisteredModel withAliases(Map<AliasName, Version> newAliases) {
        return new RegisteredModel(name, description, owner, taskType, tags, newAliases);
    }

    /** This model with its descriptive fields replaced. */
    public RegisteredModel withDetails(String newDescription, String newOwner, String newTaskType, List<Tag> newTags) {
        return new RegisteredModel(name, newDescription, newOwner, newTaskType, newTags, aliases);
    }
}
