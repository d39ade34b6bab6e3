package dev.modelregistry.core.check;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.policy.StageRule;

/**
 * The rules a change to one version's card must keep, each problem reported on the card at the
 * line of the field at fault: {@code stage-move}, {@code initial-stage}, {@code artifact-changed},
 * {@code immutable-field}, {@code protected-delete} and {@code stage-requirements}.
 */
final class ChangeRules {

    /** The fields fixed at registration besides the artifact: who and when, and where the version came from. */
    private static final List<ImmutableField> IDENTITY = List.of(
            new ImmutableField("createdAt", ModelCard::createdAt),
            new ImmutableField("createdBy", ModelCard::createdBy),
            new ImmutableField("lineage", ModelCard::lineage));

    private final RegistryPolicy policy;
    private final List<Problem> problems;

    ChangeRules(RegistryPolicy policy, List<Problem> problems) {
        this.policy = policy;
        this.problems = problems;
    }

    /** A version the change adds: it starts in the initial stage, and meets that stage's requirements. */
    void added(ParsedFile<ModelCard> card) {
        StageName stage = card.value().stage();
        if (!stage.equals(policy.initialStage())) {
            problems.add(CheckRule.INITIAL_STAGE.at(card.path(), card.line("stage"), "new version "
                    + card.value().id() + " starts in " + stage + ", but new versions start in "
                    + policy.initialStage(), "register it in " + policy.initialStage() + " and promote it in later"
                    + " changes, one legal move each"));
            return;
        }
        entered(card);
    }

    /** A version at both ends of the change: a legal stage move, the same artifact and identity. */
    void changed(ParsedFile<ModelCard> old, ParsedFile<ModelCard> card) {
        ModelCard before = old.value();
        ModelCard after = card.value();
        if (!before.artifact().sha256().equals(after.artifact().sha256())
                || before.artifact().size() != after.artifact().size()) {
            problems.add(CheckRule.ARTIFACT_CHANGED.at(card.path(), card.line("artifact"), "the artifact of "
                    + after.id() + " changed (sha256 " + before.artifact().sha256() + ", size "
                    + before.artifact().size() + " before); a registered artifact never changes", "restore artifact"
                    + " as it was, and register the new model file as a new version"));
        }
        for (ImmutableField field : IDENTITY) {
            if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
                problems.add(CheckRule.IMMUTABLE_FIELD.at(card.path(), card.line(field.name()), field.name()
                        + " of " + after.id() + " changed; it is fixed when the version is registered",
                        "restore " + field.name() + " as it was at the base"));
            }
        }
        if (before.stage().equals(after.stage())) {
            return;
        }
        if (!policy.hasStage(before.stage().value()) || !policy.hasStage(after.stage().value())) {
            return; // unknown-stage of the whole-tree check, or a stage the base's policy never had
        }
        StageRule from = policy.stage(before.stage());
        if (!from.allows(after.stage())) {
            problems.add(CheckRule.STAGE_MOVE.at(card.path(), card.line("stage"), after.id() + " moves from "
                    + before.stage() + " to " + after.stage() + ", which registry.yaml does not allow", "from "
                    + before.stage() + " a version may move to: " + (from.allowedTargets().isEmpty() ? "nowhere"
                    : String.join(", ", from.allowedTargets().stream().map(StageName::value).toList()))));
            return;
        }
        entered(card);
    }

    /** A version the change deletes: never from a protected stage. */
    void deleted(ParsedFile<ModelCard> old) {
        ModelCard card = old.value();
        if (policy.protectedStages().contains(card.stage())) {
            problems.add(CheckRule.PROTECTED_DELETE.at(old.path(), 0, card.id() + " is deleted from "
                    + card.stage() + ", a protected stage", "restore it; deleting a version in a protected stage"
                    + " needs force, recorded in its commit's Forced trailer: mvn model:delete -Dmodel.ref="
                    + card.id() + " -Dmodel.force=true -Dmodel.reason=\"...\""));
        }
    }

    /** The requirements of the stage the version entered. */
    private void entered(ParsedFile<ModelCard> card) {
        if (!policy.hasStage(card.value().stage().value())) {
            return;
        }
        for (String unmet : policy.stage(card.value().stage()).requires().unmetBy(card.value())) {
            problems.add(CheckRule.STAGE_REQUIREMENTS.at(card.path(), card.line("stage"), card.value().id()
                    + " enters " + card.value().stage() + " but " + unmet, "fill it in, or leave the version where it"
                    + " was until it meets what registry.yaml requires for " + card.value().stage()));
        }
    }

    /** A card field that never changes after registration, and how to read it. */
    private record ImmutableField(String name, Function<ModelCard, Object> value) {
    }
}
