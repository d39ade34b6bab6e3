package dev.modelregistry.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.StageName;

/**
 * Who owns what in a registry, from the {@code owners} of {@code registry.yaml}: the registry's
 * own owners (its administrators: they own {@code registry.yaml}, {@code CODEOWNERS} and every
 * model), the owners of the models a name or pattern selects, and the owners who approve a
 * version's entry into a stage.
 *
 * @param registry the registry's owners
 * @param models owners by model name pattern, in file order; where several patterns match a
 *     model, the last one counts, as in {@code CODEOWNERS}
 * @param stages owners by stage: one of them must make or merge every change into that stage
 */
public record Owners(List<Owner> registry, Map<ModelNamePattern, List<Owner>> models, Map<StageName, List<Owner>> stages) {

    /** No owners: the default when {@code registry.yaml} has no {@code owners}. */
    public static final Owners NONE = new Owners(List.of(), Map.of(), Map.of());

    /** Keeps the lists and the order of the patterns. */
    public Owners {
        registry = List.copyOf(registry);
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** True when owners are named (then always the registry's), so that a {@code CODEOWNERS} file follows from them. */
    public boolean namesCodeOwners() {
        return !registry.isEmpty();
    }

    /** {@code own} followed by the registry's owners, each once. */
    public List<Owner> withRegistryOwners(List<Owner> own) {
        LinkedHashSet<Owner> all = new LinkedHashSet<>(own);
        all.addAll(registry);
        return new ArrayList<>(all);
    }

    /** The owners who approve entries into {@code stage}; empty when anyone may. */
    public List<Owner> ofStage(StageName stage) {
        return stages.getOrDefault(stage, List.of());
    }
}
