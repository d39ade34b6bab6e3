package dev.modelregistry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.check.CheckRule;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.history.HistoryIndex;
import dev.modelregistry.core.policy.Owner;
import dev.modelregistry.core.policy.Owners;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * Rule {@code stage-approval}, read from history: every version in a stage that
 * {@code registry.yaml} gives owners entered it by a change that one of those owners approved:
 * merged (the author of the merge that brought it onto the branch), or, for a change committed on
 * the branch itself, made (its author). A Git host's {@code CODEOWNERS} binds paths, not the value
 * of a card's {@code stage}, so this is checked after the merge, on the registry branch. Authors and
 * mergers are who the commits say; with signed history ({@code checkSignatures}) they are proven.
 */
final class StageApprovals {

    private final RegistryRepository repository;
    private final HistoryReader history;

    StageApprovals(RegistryRepository repository, HistoryIndex index) {
        this.repository = repository;
        this.history = new HistoryReader(repository, index);
    }

    /** The problems of the versions in owned stages at {@code head}; none when the policy cannot be read. */
    List<Problem> problems(ObjectId head) {
        record Held(ModelCard card, List<Owner> owners) {
        }
        List<Held> held = repository.readAt(head, snapshot -> {
            RegistryView view = new RegistryView(snapshot);
            Owners owners;
            try {
                owners = view.policy().owners();
            } catch (InvalidRegistryFileException e) {
                return List.of();
            }
            return view.readableCards().stream()
                    .filter(card -> !owners.ofStage(card.stage()).isEmpty())
                    .map(card -> new Held(card, owners.ofStage(card.stage())))
                    .toList();
        });
        List<Problem> problems = new ArrayList<>();
        for (Held version : held) {
            entry(version.card(), head).filter(event -> !approved(event, version.owners()))
                    .ifPresent(event -> problems.add(problem(version.card(), version.owners(), event)));
        }
        return problems;
    }

    /** The change that put the version into its stage: its newest event that names that stage, else its newest event. */
    private Optional<AuditEvent> entry(ModelCard card, ObjectId head) {
        List<AuditEvent> events = history.read(HistoryQuery.forVersion(card.id()), head.name());
        return events.stream().filter(event -> event.to().isPresent()).findFirst()
                .filter(event -> event.to().get().equals(card.stage()))
                .or(() -> events.stream().findFirst());
    }

    /**
     * A change that arrived by a merge is approved when an owner merged it, whoever wrote it; a
     * change committed on the branch itself when an owner is its author.
     */
    private static boolean approved(AuditEvent event, List<Owner> owners) {
        return event.approval().map(approval -> isOwner(approval.approver(), owners))
                .orElseGet(() -> isOwner(event.actor(), owners));
    }

    /** True when the e-mail address of {@code person} ({@code Name <email>}) is one of {@code owners}. */
    private static boolean isOwner(String person, List<Owner> owners) {
        int open = person.lastIndexOf('<');
        int close = person.lastIndexOf('>');
        if (open < 0 || close < open) {
            return false;
        }
        String email = person.substring(open + 1, close);
        return owners.stream().anyMatch(owner -> owner.isEmail(email));
    }

    private static Problem problem(ModelCard card, List<Owner> owners, AuditEvent event) {
        String merged = event.approval().map(approval -> " and merged by " + approval.approver() + " in "
                + approval.mergeCommitId().substring(0, 12)).orElse(", committed on the branch without a merge");
        return CheckRule.STAGE_APPROVAL.at(RegistryLayout.cardFile(card.id().name(), card.id().version()), 0,
                card.id() + " is in " + card.stage() + ", whose owners are "
                        + owners.stream().map(Owner::value).collect(Collectors.joining(", "))
                        + ", but none of them approved the change that put it there: commit "
                        + event.commitId().substring(0, 12) + " \"" + event.subject() + "\" by " + event.actor() + merged,
                "let only the stage's owners merge changes into " + card.stage() + " (review mode proposes them as"
                        + " pull requests); to approve this version now, move it out of " + card.stage()
                        + " and promote it again through a pull request that an owner merges");
    }
}
