package dev.modelregistry.maven;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.modelregistry.core.Approval;
import dev.modelregistry.core.AuditEvent;
import dev.modelregistry.core.RegistryAction;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;

/**
 * An audit event as JSON and as the cells of a history table. The action is the
 * {@code Registry-Action} trailer's value, or {@code edit} for a commit made without registry
 * trailers. A change that arrived by a merge also shows its approval: who merged it and when.
 */
final class AuditEventJson {

    /** The columns {@link #cells} fills. */
    static final String[] HEADER = {"TIME", "ACTOR", "ACTION", "VERSION", "FROM → TO", "REASON", "COMMIT"};
    /** The columns {@link #cellsWithApproval} fills: {@link #HEADER} and who approved the change by merging it. */
    static final String[] HEADER_WITH_APPROVAL = {"TIME", "ACTOR", "ACTION", "VERSION", "FROM → TO", "REASON",
        "COMMIT", "APPROVED BY"};

    private static final int SHORT_COMMIT = 10;

    private AuditEventJson() {
    }

    /** The event's fields; absent ones are null. */
    static Map<String, Object> of(AuditEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commit", event.commitId());
        json.put("time", event.time().toString());
        json.put("actor", event.actor());
        json.put("action", action(event));
        json.put("model", event.model().map(ModelName::value).orElse(null));
        json.put("version", event.version().map(Version::toString).orElse(null));
        json.put("from", event.from().map(StageName::value).orElse(null));
        json.put("to", event.to().map(StageName::value).orElse(null));
        json.put("reason", event.reason().orElse(null));
        json.put("alias", event.alias().map(AliasName::value).orElse(null));
        json.put("subject", event.subject());
        json.put("approval", event.approval().map(AuditEventJson::approval).orElse(null));
        return json;
    }

    /** One row of a history table under {@link #HEADER}. */
    static String[] cells(AuditEvent event) {
        String what = event.model().map(model -> model + event.version().map(version -> "@" + version).orElse(""))
                .orElse("");
        String stages = event.from().isEmpty() && event.to().isEmpty() ? ""
                : event.from().map(from -> from + " ").orElse("") + "→" + event.to().map(to -> " " + to).orElse("");
        String action = action(event) + event.alias().map(alias -> " " + alias).orElse("");
        return new String[] {InstantParameter.format(event.time()), event.actor(), action, what, stages,
                event.reason().orElse(""), shortCommit(event.commitId())};
    }

    /** One row of a history table under {@link #HEADER_WITH_APPROVAL}: the approver and the merge's time, or nothing. */
    static String[] cellsWithApproval(AuditEvent event) {
        String[] cells = Arrays.copyOf(cells(event), HEADER_WITH_APPROVAL.length);
        cells[HEADER.length] = event.approval()
                .map(approval -> approval.approver() + " at " + InstantParameter.format(approval.time())).orElse("");
        return cells;
    }

    private static Map<String, Object> approval(Approval approval) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("approver", approval.approver());
        json.put("time", approval.time().toString());
        json.put("mergeCommit", approval.mergeCommitId());
        return json;
    }

    /** The first characters of a commit id, enough to name it in a table. */
    static String shortCommit(String commitId) {
        return commitId.substring(0, Math.min(SHORT_COMMIT, commitId.length()));
    }

    private static String action(AuditEvent event) {
        return event.action().map(RegistryAction::trailerValue).orElse("edit");
    }
}
