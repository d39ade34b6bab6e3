package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.ParameterName;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.query.Direction;
import dev.modelregistry.core.query.ModelComparison;

/**
 * Shows versions side by side, one column each: stage and registration time, then every metric
 * with the best value marked {@code *}, then every hyperparameter:
 * {@code mvn model:compare -Dmodel.refs=churn@1.0.0,churn@production -Dmodel.minimize=loss}.
 * The greatest value of a metric is best unless {@code model.minimize} names it. Needs no project.
 */
@Mojo(name = "compare", requiresProject = false, threadSafe = true)
public class CompareMojo extends AbstractRegistryMojo {

    private static final String BEST = " *";
    private static final String NONE = "-";

    /**
     * The versions to compare, separated by commas, each a reference such as {@code churn@1.0.0},
     * {@code churn@production}, {@code churn@champion} or {@code churn@latest}. References to the
     * same version give one column.
     */
    @Parameter(property = "model.refs")
    private String refs;

    /** The metrics whose least value is best, separated by commas, such as {@code loss,latency_ms}. */
    @Parameter(property = "model.minimize")
    private String minimize;

    @Override
    protected RegistryCall prepare() {
        List<ModelReference> references = CommaList.items(refs).stream().map(ModelReference::parse).toList();
        Set<MetricName> lowerIsBetter = CommaList.items(minimize).stream().map(MetricName::of)
                .collect(Collectors.toSet());
        return registry -> describe(registry.compare(references), lowerIsBetter);
    }

    private static GoalResult describe(ModelComparison comparison, Set<MetricName> lowerIsBetter) {
        List<ModelCard> cards = comparison.cards();
        TextTable table = TextTable.withHeader(cells("VERSION", cards, card -> card.id().toString()));
        table.row(cells("stage", cards, card -> card.stage().value()));
        table.row(cells("created", cards, card -> InstantParameter.format(card.createdAt())));
        List<Map<String, Object>> metricsJson = new ArrayList<>();
        if (!comparison.metrics().isEmpty()) {
            table.row(cells("metrics", cards, card -> ""));
        }
        for (MetricName metric : comparison.metrics()) {
            Direction direction = lowerIsBetter.contains(metric) ? Direction.MIN : Direction.MAX;
            Set<VersionId> best = bestOf(comparison, metric, direction);
            String label = "  " + metric + (direction == Direction.MIN ? " (min)" : "");
            table.row(cells(label, cards, card -> comparison.metric(card.id(), metric)
                    .map(value -> CardReport.number(value) + (best.contains(card.id()) ? BEST : "")).orElse(NONE)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", metric.value());
            json.put("direction", direction == Direction.MIN ? "min" : "max");
            json.put("values", values(cards, card -> comparison.metric(card.id(), metric)));
            json.put("best", cards.stream().map(ModelCard::id).filter(best::contains).map(VersionId::toString).toList());
            metricsJson.add(json);
        }
        List<Map<String, Object>> hyperparametersJson = new ArrayList<>();
        if (!comparison.hyperparameters().isEmpty()) {
            table.row(cells("hyperparameters", cards, card -> ""));
        }
        for (ParameterName name : comparison.hyperparameters()) {
            table.row(cells("  " + name, cards, card -> comparison.hyperparameter(card.id(), name).orElse(NONE)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name.value());
            json.put("values", values(cards, card -> comparison.hyperparameter(card.id(), name)));
            hyperparametersJson.add(json);
        }
        List<String> lines = new ArrayList<>(table.lines(""));
        if (!comparison.metrics().isEmpty() && cards.size() > 1) {
            lines.add("*: the best value of the metric, the greatest unless marked (min)");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("versions", cards.stream().map(CompareMojo::versionJson).toList());
        json.put("metrics", metricsJson);
        json.put("hyperparameters", hyperparametersJson);
        return new GoalResult(lines, json);
    }

    /**
     * The versions holding the best value of {@code metric}: all that tie with the one
     * {@link ModelComparison#best} picks; none when fewer than two versions have the metric.
     */
    private static Set<VersionId> bestOf(ModelComparison comparison, MetricName metric, Direction direction) {
        List<ModelCard> having = comparison.cards().stream()
                .filter(card -> comparison.metric(card.id(), metric).isPresent()).toList();
        if (having.size() < 2) {
            return Set.of();
        }
        Optional<Double> bestValue = comparison.best(metric, direction)
                .flatMap(card -> comparison.metric(card.id(), metric));
        return having.stream().filter(card -> comparison.metric(card.id(), metric).equals(bestValue))
                .map(ModelCard::id).collect(Collectors.toSet());
    }

    private static Map<String, Object> versionJson(ModelCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", card.id().toString());
        json.put("stage", card.stage().value());
        json.put("createdAt", card.createdAt().toString());
        return json;
    }

    private static String[] cells(String first, List<ModelCard> cards, Function<ModelCard, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(first);
        cards.forEach(card -> row.add(cell.apply(card)));
        return row.toArray(String[]::new);
    }

    private static Map<String, Object> values(List<ModelCard> cards, Function<ModelCard, Optional<?>> value) {
        Map<String, Object> values = new LinkedHashMap<>();
        cards.forEach(card -> value.apply(card).ifPresent(found -> values.put(card.id().toString(), found)));
        return values;
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        PluginParameter refsParameter = new PluginParameter("model.refs", "refs", "churn@1.0.0,churn@production");
        return Map.of(Input.REFERENCE, refsParameter, Input.NAME, refsParameter, Input.VERSION, refsParameter,
                Input.METRIC, new PluginParameter("model.minimize", "minimize", "loss"));
    }
}
