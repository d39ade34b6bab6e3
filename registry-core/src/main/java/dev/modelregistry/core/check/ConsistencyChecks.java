package dev.modelregistry.core.check;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.policy.StageRule;

/**
 * The rules between files: stages against the policy ({@code unknown-stage},
 * {@code exclusive-stage}, {@code alias-is-stage}; skipped when {@code registry.yaml} is broken),
 * aliases against versions ({@code alias-target}) and lineage against versions
 * ({@code missing-parent}). A version exists when its directory has a valid name, whether or not
 * its card reads.
 */
final class ConsistencyChecks {

    private final Optional<RegistryPolicy> policy;
    private final List<CheckedModel> models;
    private final List<Problem> problems;
    private final Set<VersionId> versions = new HashSet<>();

    ConsistencyChecks(Optional<RegistryPolicy> policy, List<CheckedModel> models, List<Problem> problems) {
        this.policy = policy;
        this.models = models;
        this.problems = problems;
        models.forEach(model -> model.dir().versions().forEach(version -> versions.add(version.id())));
    }

    /** Applies every rule to every model. */
    void run() {
        for (CheckedModel model : models) {
            policy.ifPresent(p -> checkStages(p, model));
            model.model().ifPresent(this::checkAliases);
            model.cards().forEach(this::checkParents);
        }
    }

    private void checkStages(RegistryPolicy policy, CheckedModel model) {
        for (ParsedFile<ModelCard> card : model.cards()) {
            StageName stage = card.value().stage();
            if (!policy.stages().containsKey(stage)) {
                problems.add(CheckRule.UNKNOWN_STAGE.at(card.path(), card.line("stage"), "stage: \"" + stage
                        + "\" is not a stage of this registry; its stages are: " + stageList(policy),
                        "use one of them, or add " + stage + " under stages in registry.yaml"));
            }
        }
        for (StageRule rule : policy.stages().values()) {
            if (rule.exclusive()) {
                checkExclusive(rule, model);
            }
        }
    }

    /** Reports every holder of an exclusive stage but the greatest, which {@code name@stage} means. */
    private void checkExclusive(StageRule rule, CheckedModel model) {
        List<ParsedFile<ModelCard>> holders = model.cards().stream()
                .filter(card -> card.value().stage().equals(rule.name()))
                .sorted(Comparator.comparing(card -> card.value().version()))
                .toList();
        if (holders.size() < 2) {
            return;
        }
        VersionId kept = holders.get(holders.size() - 1).value().id();
        String demoteTo = rule.demoteTo().map(StageName::value).orElseThrow();
        for (ParsedFile<ModelCard> holder : holders.subList(0, holders.size() - 1)) {
            problems.add(CheckRule.EXCLUSIVE_STAGE.at(holder.path(), holder.line("stage"), holder.value().id()
                    + " is in " + rule.name() + " together with " + kept + ", but " + rule.name()
                    + " is exclusive: it holds at most one version of a model",
                    "move it out, e.g. stage: \"" + demoteTo + "\", or move " + kept + " out instead"));
        }
    }

    private void checkAliases(ParsedFile<RegisteredModel> model) {
        for (Map.Entry<AliasName, Version> alias : model.value().aliases().entrySet()) {
            String name = alias.getKey().value();
            int line = model.line("aliases", name);
            if (policy.isPresent() && policy.get().hasStage(name)) {
                problems.add(CheckRule.ALIAS_IS_STAGE.at(model.path(), line, "aliases." + name + ": \"" + name
                        + "\" is also a stage, so " + model.value().name() + "@" + name + " would be ambiguous",
                        "rename the alias"));
            } else if (!versions.contains(new VersionId(model.value().name(), alias.getValue()))) {
                problems.add(CheckRule.ALIAS_TARGET.at(model.path(), line, "aliases." + name + ": points to "
                        + alias.getValue() + ", which is not a version of " + model.value().name(),
                        "point it at an existing version, or remove it"));
            }
        }
    }

    /**
     * A parent must be in the registry at this commit: deleting a version that others name as
     * their parent breaks their lineage, so it is reported like any other problem.
     */
    private void checkParents(ParsedFile<ModelCard> card) {
        List<VersionId> parents = card.value().lineage().parents();
        for (int i = 0; i < parents.size(); i++) {
            if (!versions.contains(parents.get(i))) {
                problems.add(CheckRule.MISSING_PARENT.at(card.path(), card.itemLine(i, "lineage", "parents"), "lineage.parents["
                        + i + "]: " + parents.get(i) + " is not a version in this registry",
                        "correct the reference, restore that version, or remove it from lineage.parents"));
            }
        }
    }

    private static String stageList(RegistryPolicy policy) {
        return policy.stages().keySet().stream().map(StageName::value).collect(Collectors.joining(", "));
    }
}
