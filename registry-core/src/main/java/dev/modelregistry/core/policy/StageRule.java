package dev.modelregistry.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.domain.StageName;

/**
 * One stage of the registry's stage graph.
 *
 * @param name the stage
 * @param allowedTargets the stages a version may move to from here
 * @param exclusive whether at most one version of a model may be in this stage
 * @param demoteTo where the previous holder of an exclusive stage goes when another version
 *     enters it; empty for a stage that is not exclusive
 * @param protectedStage whether deleting a version in this stage needs force
 * @param reviewed whether changes into this stage go through review (a pull request)
 * @param requires what a version needs to enter this stage
 */
public record StageRule(StageName name, List<StageName> allowedTargets, boolean exclusive,
        Optional<StageName> demoteTo, boolean protectedStage, boolean reviewed, StageRequirements requires) {

    /**
     * Copies the targets and checks that an exclusive stage, and only one, says where its holder
     * is demoted to, and that this is another stage.
     */
    public StageRule {
        Objects.requireNonNull(name, "name");
        allowedTargets = List.copyOf(allowedTargets);
        Objects.requireNonNull(demoteTo, "demoteTo");
        Objects.requireNonNull(requires, "requires");
        if (exclusive != demoteTo.isPresent()) {
            throw new IllegalArgumentException("an exclusive stage, and only one, names a stage to demote to");
        }
        if (demoteTo.filter(name::equals).isPresent()) {
            throw new IllegalArgumentException("stage " + name + " demotes into itself");
        }
    }

    /** True when a version in this stage may move to {@code target}. */
    public boolean allows(StageName target) {
        return allowedTargets.contains(target);
    }
}
