package dev.modelregistry.maven;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.AuditEvent;
import dev.modelregistry.core.HistoryQuery;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.StageHolding;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Selector;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.VersionId;

/**
 * The audit trail, newest first, read from the registry's commits: of the whole registry
 * ({@code mvn model:history}), of a model ({@code -Dmodel.name=churn}) or of a version
 * ({@code -Dmodel.ref=churn@1.2.0}), optionally between {@code model.since} and
 * {@code model.until}. With {@code model.stage}, it answers which version of {@code model.name}
 * held that stage at {@code model.at} (default: now), who moved it in, when and why:
 * {@code mvn model:history -Dmodel.name=churn -Dmodel.stage=production -Dmodel.at=2026-03-01}.
 * Needs no project.
 */
@Mojo(name = "history", requiresProject = false, threadSafe = true)
public class HistoryMojo extends AbstractVersionMojo {

    private static final PluginParameter SINCE = new PluginParameter("model.since", "since", "2026-03-01");
    private static final PluginParameter UNTIL = new PluginParameter("model.until", "until", "2026-03-31T18:00:00Z");
    private static final PluginParameter LIMIT = new PluginParameter("model.limit", "limit", "20");
    private static final PluginParameter AT = new PluginParameter("model.at", "at", "2026-03-01T12:00:00Z");

    /**
     * Only events from this moment on: an ISO-8601 instant such as {@code 2026-03-01T09:30:00Z} or
     * a date such as {@code 2026-03-01}, meaning the start of that day in UTC.
     */
    @Parameter(property = "model.since")
    private String since;

    /** Only events up to this moment, inclusive; written like {@code model.since} (a date is the start of that day, UTC). */
    @Parameter(property = "model.until")
    private String until;

    /** The most events to show, the newest first; all when not set. */
    @Parameter(property = "model.limit")
    private Integer limit;

    /**
     * Instead of the audit trail: the stage to ask about, such as {@code production}. Shows the
     * version of {@code model.name} that held it at {@code model.at}, with who moved it in, when
     * and why.
     */
    @Parameter(property = "model.stage")
    private String stage;

    /**
     * With {@code model.stage}: the moment to ask about, written like {@code model.since}. Default:
     * now.
     */
    @Parameter(property = "model.at")
    private String at;

    @Override
    protected RegistryCall prepare() throws MojoFailureException {
        if (given(stage)) {
            return stageHolders();
        }
        if (given(at)) {
            throw new RegistryUsageException(Input.STAGE, "model.at asks which version held a stage at that moment,"
                    + " but no stage is given; name the stage, or leave model.at out for the audit trail.");
        }
        HistoryQuery range = HistoryQuery.forRegistry();
        if (given(since)) {
            Instant from = ErrorMapping.reading(SINCE, () -> InstantParameter.parse(since));
            range = range.withSince(from);
        }
        if (given(until)) {
            Instant to = ErrorMapping.reading(UNTIL, () -> InstantParameter.parse(until));
            HistoryQuery before = range;
            range = ErrorMapping.reading(UNTIL, () -> before.withUntil(to));
        }
        if (limit != null) {
            HistoryQuery unlimited = range;
            range = ErrorMapping.reading(LIMIT, () -> unlimited.withLimit(limit));
        }
        HistoryQuery times = range;
        Optional<ModelReference> reference = givenReference();
        if (reference.isPresent()) {
            return registry -> history(registry.history(scoped(times,
                    HistoryQuery.forVersion(exactVersion(registry, reference.get())))));
        }
        HistoryQuery query = givenName().map(model -> scoped(times, HistoryQuery.forModel(model))).orElse(times);
        return registry -> history(registry.history(query));
    }

    private RegistryCall stageHolders() throws MojoFailureException {
        if (given(since) || given(until) || limit != null || givenReference().isPresent()) {
            throw new RegistryUsageException(Input.STAGE, "model.stage asks which version of model.name held the"
                    + " stage at model.at; model.ref, model.version, model.since, model.until and model.limit do"
                    + " not apply to it. Leave them out, or leave model.stage out for the audit trail.");
        }
        ModelName model = givenName().orElseThrow(() -> new RegistryUsageException(Input.NAME, "No model given whose"
                + " stage " + stage.strip() + " to look up; name the model."));
        StageName held = StageName.of(stage.strip());
        Optional<Instant> moment = given(at) ? Optional.of(ErrorMapping.reading(AT, () -> InstantParameter.parse(at)))
                : Optional.empty();
        return registry -> {
            Instant when = moment.orElseGet(Instant::now);
            return holders(model, held, when, registry.stageHolders(model, held, when));
        };
    }

    /**
     * The exact version {@code reference} means: as given for {@code churn@1.2.0}, so that deleted
     * versions keep their history; the current holder for a stage, alias or {@code latest}.
     */
    private static VersionId exactVersion(ModelRegistry registry, ModelReference reference) {
        if (reference.selector() instanceof Selector.ExactVersion exact) {
            return new VersionId(reference.name(), exact.version());
        }
        return registry.get(reference).id();
    }

    /** {@code scope} with the time range and limit of {@code times}. */
    private static HistoryQuery scoped(HistoryQuery times, HistoryQuery scope) {
        return new HistoryQuery(scope.model(), scope.version(), times.since(), times.until(), times.limit());
    }

    private static GoalResult history(List<AuditEvent> events) {
        // The APPROVED BY column only when some change arrived by a merge, to keep the common table narrow.
        boolean approvals = events.stream().anyMatch(event -> event.approval().isPresent());
        TextTable table = TextTable.withHeader(approvals ? AuditEventJson.HEADER_WITH_APPROVAL : AuditEventJson.HEADER);
        events.forEach(event -> table.row(approvals ? AuditEventJson.cellsWithApproval(event)
                : AuditEventJson.cells(event)));
        List<String> lines = events.isEmpty() ? List.of("No events.") : table.lines("");
        return new GoalResult(lines, Map.of("events", events.stream().map(AuditEventJson::of).toList()));
    }

    private static GoalResult holders(ModelName model, StageName stage, Instant at, List<StageHolding> holders) {
        String moment = InstantParameter.format(at);
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        if (holders.isEmpty()) {
            lines.add("No version of " + model + " was in " + stage + " at " + moment + ".");
        } else {
            lines.add(stage + " of " + model + " at " + moment + ":");
            TextTable table = TextTable.withHeader("VERSION", "MOVED IN", "BY", "FROM", "REASON", "COMMIT");
            for (StageHolding holding : holders) {
                table.row(movedIn(holding));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("reference", holding.card().id().toString());
                entry.put("movedIn", holding.movedIn().map(AuditEventJson::of).orElse(null));
                entry.put("registryCommit", holding.registryCommit());
                json.add(entry);
            }
            lines.addAll(table.lines("  "));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", model.value());
        result.put("stage", stage.value());
        result.put("at", at.toString());
        result.put("holders", json);
        return new GoalResult(lines, result);
    }

    private static String[] movedIn(StageHolding holding) {
        String id = holding.card().id().toString();
        if (holding.movedIn().isEmpty()) {
            return new String[] {id, "by a hand edit; see model:history -Dmodel.ref=" + id, "", "", "", ""};
        }
        AuditEvent event = holding.movedIn().get();
        return new String[] {id, InstantParameter.format(event.time()), event.actor(),
                event.from().map(StageName::value).orElse("(registered)"), event.reason().orElse(""),
                AuditEventJson.shortCommit(event.commitId())};
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return versionParameters(Map.of(Input.STAGE, PluginParameter.STAGE));
    }
}
