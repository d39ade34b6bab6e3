package dev.modelregistry.core;

import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.policy.StageRule;
import dev.modelregistry.core.remote.ReviewMode;
import dev.modelregistry.core.store.RegistryView;

/**
 * Decides which writes to a remote registry are proposed for review: every one, none, or (by
 * default) those whose commit enters a stage that {@code registry.yaml} at the head marks
 * {@code reviewed} (its {@code Stage} trailer: a transition into it, or a registration starting
 * there). A local registry has no pull requests, so nothing is proposed there.
 */
final class ReviewRule {

    private final ReviewMode mode;

    ReviewRule(ReviewMode mode, boolean remote) {
        this.mode = remote ? mode : ReviewMode.NEVER;
    }

    /** {@code op}, its commit marked for review when this rule says so. */
    <R> WriteOperation<R> applyTo(WriteOperation<R> op) {
        if (mode == ReviewMode.NEVER) {
            return op;
        }
        return head -> {
            WritePlan<R> plan = op.plan(head);
            return plan.changes() && needsReview(head, plan.message()) ? plan.forReview() : plan;
        };
    }

    private boolean needsReview(GitSnapshot head, CommitMessage message) {
        if (mode == ReviewMode.ALWAYS) {
            return true;
        }
        return CommitMessage.first(message.trailers(), RegistryTrailers.STAGE)
                .map(stage -> new RegistryView(head).policy().stages().get(StageName.of(stage)))
                .map(StageRule::reviewed)
                .orElse(false);
    }
}
