package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.RegistryPolicy;

/**
 * Checks a change to a registry, such as a pull request: the whole tree at its head, as
 * {@link RegistryChecker} does, plus what the change does to the versions between its base and its
 * head: only legal stage moves, new versions in the initial stage, artifacts and identity fields
 * unchanged, no version deleted from a protected stage, and the requirements of every stage a
 * version enters. The rules of the base's {@code registry.yaml} apply, those in force before the
 * change (the head's when the base's is broken). See "Checking a pull request" in
 * {@code docs/registry-format.md}.
 */
public final class ChangeChecker {

    private ChangeChecker() {
    }

    /** Every problem of the tree at {@code head} and of the change from {@code base} to it, ordered by path and line. */
    public static CheckReport check(GitSnapshot base, GitSnapshot head) {
        CheckReport whole = RegistryChecker.check(head);
        RegistryTree before = RegistryTree.of(base);
        RegistryTree after = RegistryTree.of(head);
        Optional<RegistryPolicy> policy = before.policy().or(after::policy);
        List<Problem> problems = new ArrayList<>(whole.problems());
        if (policy.isPresent()) {
            ChangeRules rules = new ChangeRules(policy.get(), problems);
            for (Map.Entry<VersionId, ParsedFile<ModelCard>> card : after.cards().entrySet()) {
                ParsedFile<ModelCard> old = before.cards().get(card.getKey());
                if (old == null) {
                    rules.added(card.getValue());
                } else {
                    rules.changed(old, card.getValue());
                }
            }
            before.cards().values().stream().filter(card -> !after.versions().contains(card.value().id()))
                    .forEach(rules::deleted);
        }
        problems.sort(Problem.BY_PLACE);
        return new CheckReport(whole.commit(), whole.models(), whole.versions(), problems);
    }
}
