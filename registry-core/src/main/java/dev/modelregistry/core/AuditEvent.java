package dev.modelregistry.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;

/**
 * One entry of the audit trail, read from a commit on the registry branch. A registry commit can
 * give several events: its own action, one per version it demoted out of an exclusive stage, and
 * one per version whose files it removed. A commit made without registry trailers (by hand, for
 * example in a pull request) is an <em>edit</em>: its {@link #action()} is empty.
 *
 * @param commitId the commit, as 40 hex digits
 * @param time the commit time
 * @param actor the commit's author, as {@code Name <email>}; empty when the commit's author line
 *     does not parse
 * @param action what the registry did; empty for an edit
 * @param model the model the event is about; empty for an edit read in the whole registry's history
 *        and for actions not about one model
 * @param version the version the event is about, if any
 * @param from the stage the version left, if it changed stage
 * @param to the stage the version entered: the target of a transition or demotion, or the stage a
 *        version was registered in
 * @param reason why, as the actor gave it
 * @param alias the alias set or removed, if any
 * @param subject the commit's subject line
 * @param approval who merged the commit into the registry branch and when, for a change that
 *        arrived by a merge (a pull request); empty for a commit made on the branch itself
 */
public record AuditEvent(String commitId, Instant time, String actor, Optional<RegistryAction> action,
        Optional<ModelName> model, Optional<Version> version, Optional<StageName> from, Optional<StageName> to,
        Optional<String> reason, Optional<AliasName> alias, String subject, Optional<Approval> approval) {

    /** Requires every component; optional ones are {@code Optional.empty()}. */
    public AuditEvent {
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(approval, "approval");
    }

    /** An event without an approval: of a commit made on the registry branch itself. */
    public AuditEvent(String commitId, Instant time, String actor, Optional<RegistryAction> action,
            Optional<ModelName> model, Optional<Version> version, Optional<StageName> from, Optional<StageName> to,
            Optional<String> reason, Optional<AliasName> alias, String subject) {
        this(commitId, time, actor, action, model, version, from, to, reason, alias, subject, Optional.empty());
    }

    /** This event with {@code newApproval}. */
    public AuditEvent withApproval(Optional<Approval> newApproval) {
        return new AuditEvent(commitId, time, actor, action, model, version, from, to, reason, alias, subject,
                newApproval);
    }

    /** True for a commit made without registry trailers, such as a hand edit merged from a pull request. */
    public boolean isEdit() {
        return action.isEmpty();
    }
}
