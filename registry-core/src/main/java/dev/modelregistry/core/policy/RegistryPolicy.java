package dev.modelregistry.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.modelregistry.core.IllegalTransitionException;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.artifact.ArtifactSettings;
import dev.modelregistry.core.domain.StageName;

/**
 * The settings and policy of a registry, from {@code registry.yaml} or the documented defaults:
 * the stage graph, the stage new versions start in, retention, where artifacts are stored, and
 * who owns the registry, its models and its stages.
 */
public record RegistryPolicy(StageName initialStage, Map<StageName, StageRule> stages, RetentionPolicy retention,
        ArtifactSettings artifacts, Owners owners) {

    /**
     * Keeps the stages in file order and checks that every stage it names exists (also among the
     * stage owners), and that no stage demotes into an exclusive one.
     */
    public RegistryPolicy {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        if (!stages.containsKey(initialStage)) {
            throw new IllegalArgumentException("the initial stage " + initialStage + " is not one of the stages");
        }
        for (StageRule rule : stages.values()) {
            List<StageName> named = new ArrayList<>(rule.allowedTargets());
            rule.demoteTo().ifPresent(named::add);
            for (StageName target : named) {
                if (!stages.containsKey(target)) {
                    throw new IllegalArgumentException("stage " + rule.name() + " names " + target
                            + ", which is not one of the stages");
                }
            }
            if (rule.demoteTo().map(stages::get).filter(StageRule::exclusive).isPresent()) {
                throw new IllegalArgumentException("stage " + rule.name() + " demotes into an exclusive stage");
            }
        }
        for (StageName owned : owners.stages().keySet()) {
            if (!stages.containsKey(owned)) {
                throw new IllegalArgumentException("owners names stage " + owned + ", which is not one of the stages");
            }
        }
    }

    /**
     * The defaults used when {@code registry.yaml} is missing: {@code development → staging →
     * canary → production → deprecated → archived}, production exclusive (its previous holder
     * goes to deprecated) and reviewed, production and staging protected, keep 10 versions,
     * artifacts in the embedded directory store, no owners.
     */
    public static RegistryPolicy defaults() {
        return Defaults.POLICY;
    }

    /** The defaults, built once: a policy is immutable. */
    private static final class Defaults {
        static final RegistryPolicy POLICY = build();
    }

    private static RegistryPolicy build() {
        Map<StageName, StageRule> stages = new LinkedHashMap<>();
        add(stages, "development", false, false, "staging", "deprecated", "archived");
        add(stages, "staging", false, true, "canary", "production", "development", "deprecated", "archived");
        add(stages, "canary", false, false, "production", "staging", "deprecated", "archived");
        add(stages, "production", true, true, "deprecated", "archived");
        add(stages, "deprecated", false, false, "production", "staging", "archived");
        add(stages, "archived", false, false, "deprecated");
        return new RegistryPolicy(StageName.of("development"), stages, RetentionPolicy.DEFAULT,
                ArtifactSettings.DEFAULT, Owners.NONE);
    }

    private static void add(Map<StageName, StageRule> stages, String name, boolean exclusive, boolean protectedStage,
            String... targets) {
        List<StageName> allowed = Arrays.stream(targets).map(StageName::of).toList();
        Optional<StageName> demoteTo = exclusive ? Optional.of(StageName.of("deprecated")) : Optional.empty();
        StageName stage = StageName.of(name);
        stages.put(stage, new StageRule(stage, allowed, exclusive, demoteTo, protectedStage, exclusive,
                StageRequirements.NONE));
    }

    /** The rule of a stage; throws a usage error listing the stages when there is no such stage. */
    public StageRule stage(StageName name) {
        StageRule rule = stages.get(name);
        if (rule == null) {
            throw new IllegalTransitionException(Input.STAGE, "Unknown stage \"" + name + "\"; the stages are: "
                    + names(stages.keySet()) + ".");
        }
        return rule;
    }

    /** True when {@code name} is a stage of this registry. */
    public boolean hasStage(String name) {
        return stages.keySet().stream().anyMatch(s -> s.value().equals(name));
    }

    /** The stages whose deletion needs force. */
    public Set<StageName> protectedStages() {
        return stages.values().stream().filter(StageRule::protectedStage).map(StageRule::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks that a version may move from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException naming the moves that are allowed from {@code from}
     */
    public void checkMove(StageName from, StageName to) {
        stage(to);
        StageRule rule = stage(from);
        if (from.equals(to)) {
            throw new IllegalTransitionException(Input.STAGE, "The version is already in " + to + ".");
        }
        if (!rule.allows(to)) {
            throw new IllegalTransitionException(Input.STAGE, "Cannot move from " + from + " to " + to
                    + "; from " + from + " a version may move to: "
                    + (rule.allowedTargets().isEmpty() ? "nowhere" : names(rule.allowedTargets())) + ".");
        }
    }

    private static String names(Collection<StageName> names) {
        return names.stream().map(StageName::value).collect(Collectors.joining(", "));
    }
}
