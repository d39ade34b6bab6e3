package dev.modelregistry.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.NotFoundException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.Direction;

/**
 * Finds the version with the best value of a metric among those the filters match:
 * {@code mvn model:best -Dmodel.metric=auc -Dmodel.name=churn* -Dmodel.stage=staging}. Versions
 * lacking the metric are skipped; equal values go to the greater version. Fails when no matching
 * version has the metric, so a script asking for the best version never goes on without one.
 * Needs no project.
 */
@Mojo(name = "best", requiresProject = false, threadSafe = true)
public class BestMojo extends AbstractFilterMojo {

    private static final PluginParameter METRIC = new PluginParameter("model.metric", "metric", "auc");
    private static final PluginParameter DIRECTION = new PluginParameter("model.direction", "direction", "min");

    /** The metric to judge by, such as {@code auc}. */
    @Parameter(property = "model.metric")
    private String metric;

    /** Which end of the metric is best: {@code max} (the default, as for accuracy) or {@code min} (as for a loss). */
    @Parameter(property = "model.direction", defaultValue = "max", required = true)
    private String direction;

    @Override
    protected RegistryCall prepare() throws MojoFailureException {
        MetricName judged = MetricName.of(metric == null ? null : metric.strip());
        Direction best = ErrorMapping.reading(DIRECTION, () -> parseDirection(direction));
        CardFilter filter = filter();
        String among = describe(filter);
        return registry -> describe(judged, best, registry.best(judged, best, filter).orElseThrow(
                () -> new NotFoundException(Input.OTHER, "No version " + (among.isEmpty() ? "" : among + " ")
                        + "has the metric " + judged + "; check the filters and the metric's name with model:list"
                        + " and the same filters.")));
    }

    private static Direction parseDirection(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        for (Direction known : Direction.values()) {
            if (known.name().equals(value)) {
                return known;
            }
        }
        throw new RegistryUsageException(Input.OTHER, "Unknown direction \"" + text + "\": use max when the"
                + " greatest value is best, as for accuracy, or min when the least is, as for a loss.");
    }

    private static GoalResult describe(MetricName metric, Direction direction, ModelCard card) throws IOException {
        double value = card.metrics().get(metric.value());
        String word = direction == Direction.MAX ? "highest" : "lowest";
        TextTable table = TextTable.plain()
                .row(metric.value(), CardReport.number(value))
                .row("Stage", card.stage().value())
                .row("Registered", InstantParameter.format(card.createdAt()) + " by " + card.createdBy());
        if (!card.description().isEmpty()) {
            table.row("Description", card.description());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", card.id().toString());
        json.put("metric", metric.value());
        json.put("direction", direction.name().toLowerCase(Locale.ROOT));
        json.put("value", value);
        json.put("card", CardJson.of(card));
        List<String> lines = new ArrayList<>();
        lines.add("Best by " + word + " " + metric + ": " + card.id());
        lines.addAll(table.lines("  "));
        return new GoalResult(lines, json);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return filterParameters(Map.of(Input.METRIC, METRIC));
    }
}
