package dev.modelregistry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.policy.StageRule;
import dev.modelregistry.core.store.ReferenceResolver;
import dev.modelregistry.core.store.RegistryView;

/**
 * Moves a version through the stage graph. Entering an exclusive stage moves its previous holder
 * to the stage's demotion target in the same commit.
 */
final class Transition implements WriteOperation<TransitionResult> {

    private final TransitionRequest request;

    Transition(TransitionRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<TransitionResult> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        RegistryPolicy policy = view.policy();
        ModelCard card = new ReferenceResolver(view).resolve(request.reference());
        StageName target = request.target();
        policy.checkMove(card.stage(), target);
        StageRule rule = policy.stage(target);
        List<String> unmet = rule.requires().unmetBy(card);
        if (!unmet.isEmpty()) {
            throw new IllegalTransitionException(Input.STAGE, card.id() + " cannot enter " + target + ": "
                    + String.join("; ", unmet) + ". Record what is missing with an update, or choose another version.");
        }
        ModelCard moved = card.withStage(target);
        TreeEdits edits = StorableYaml.putCard(new TreeEdits(), moved);
        List<ModelCard> demoted = new ArrayList<>();
        if (rule.exclusive()) {
            StageName demoteTo = rule.demoteTo().orElseThrow();
            for (ModelCard holder : view.cards(card.name())) {
                if (holder.stage().equals(target)) {
                    ModelCard out = holder.withStage(demoteTo);
                    demoted.add(out);
                    StorableYaml.putCard(edits, out);
                }
            }
        }
        TransitionResult result = new TransitionResult(moved, card.stage(), demoted, Optional.empty());
        return WritePlan.commit(result, edits, message(policy, card, target, demoted));
    }

    private CommitMessage message(RegistryPolicy policy, ModelCard card, StageName target, List<ModelCard> demoted) {
        CommitMessage.Builder message = ActionMessages.about(subject(policy, card, target), RegistryAction.TRANSITION,
                        card.id())
                .trailer(RegistryTrailers.FROM_STAGE, card.stage().value())
                .trailer(RegistryTrailers.STAGE, target.value())
                .trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()));
        for (ModelCard out : demoted) {
            message.trailer(RegistryTrailers.DEMOTED, out.id().toString())
                    .trailer(RegistryTrailers.DEMOTED_TO, out.stage().value());
        }
        return message.build();
    }

    /**
     * A human subject, by the policy's stage order: "Move churn 1.2.0 back to staging" for a move
     * to an earlier stage; for a move to a later one "Deprecate churn 1.2.0" or "Archive churn
     * 1.2.0" when the stage is named so, else "Promote churn 1.2.0 to production".
     */
    private static String subject(RegistryPolicy policy, ModelCard card, StageName target) {
        String version = card.name() + " " + card.version();
        List<StageName> order = List.copyOf(policy.stages().keySet());
        if (order.indexOf(target) < order.indexOf(card.stage())) {
            return "Move " + version + " back to " + target;
        }
        if (target.value().equals("deprecated")) {
            return "Deprecate " + version;
        }
        if (target.value().equals("archived")) {
            return "Archive " + version;
        }
        return "Promote " + version + " to " + target;
    }
}
