package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.policy.StageRule;
import dev.modelregistry.core.signing.CommitVerdict;
import dev.modelregistry.core.signing.SignedHistory;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * Checks that a registry's history is signed by allowed keys: every commit in the range checked
 * ({@code unsigned-commit}, {@code unknown-signer}, reported at the first file the commit changed),
 * and every commit, in all history, that changed the card of a version now in a protected stage
 * ({@code unsigned-card}, reported at the card).
 */
public final class SignatureChecker {

    private static final String COMMIT_FIX = "make the change again in a commit signed by an allowed key (git config"
            + " commit.gpgSign true; gpg.format ssh; user.signingKey <key>), or add the signer's key to the allowed"
            + " signers file if it is to be trusted";

    private SignatureChecker() {
    }

    /**
     * Checks the commits reachable from the snapshot's commit and not from {@code base} (all of
     * them when it is empty), and the history of the cards in protected stages there.
     */
    public static CheckReport check(SignedHistory history, GitSnapshot head, Optional<ObjectId> base) {
        if (head.commit().isEmpty()) {
            return new CheckReport(Optional.empty(), 0, 0, List.of());
        }
        ObjectId headId = head.commit().get();
        List<Problem> problems = new ArrayList<>();
        for (SignedHistory.UntrustedChange change : history.untrustedCommits(headId, base)) {
            CommitVerdict verdict = change.verdict();
            CheckRule rule = verdict.status() == CommitVerdict.Status.UNSIGNED ? CheckRule.UNSIGNED_COMMIT
                    : CheckRule.UNKNOWN_SIGNER;
            problems.add(rule.at(change.path(), 0, "commit " + verdict.describeCommit() + " changed this, and "
                    + verdict.describeProblem(), COMMIT_FIX));
        }
        RegistryView view = new RegistryView(head);
        List<ModelCard> cards = view.readableCards();
        Map<String, ModelCard> protectedCards = protectedCards(view, cards);
        for (SignedHistory.UntrustedChange change : history.untrustedChanges(headId, protectedCards.keySet())) {
            ModelCard card = protectedCards.get(change.path());
            problems.add(CheckRule.UNSIGNED_CARD.at(change.path(), 0, card.name() + "@" + card.version() + " is in "
                    + card.stage() + ", and commit " + change.verdict().describeCommit() + " changed its card: "
                    + change.verdict().describeProblem(), "revert that change, or " + COMMIT_FIX));
        }
        problems.sort(Comparator.comparing(Problem::path));
        return new CheckReport(Optional.of(headId.name()), view.modelNames().size(), cards.size(), problems);
    }

    /** The cards of the versions in protected stages, by path; none when the policy cannot be read. */
    private static Map<String, ModelCard> protectedCards(RegistryView view, List<ModelCard> all) {
        Map<String, ModelCard> cards = new LinkedHashMap<>();
        RegistryPolicy policy;
        try {
            policy = view.policy();
        } catch (RegistryUsageException brokenPolicy) {
            return cards;
        }
        for (ModelCard card : all) {
            StageRule rule = policy.stages().get(card.stage());
            if (rule != null && rule.protectedStage()) {
                cards.put(RegistryLayout.cardFile(card.name(), card.version()), card);
            }
        }
        return cards;
    }
}
