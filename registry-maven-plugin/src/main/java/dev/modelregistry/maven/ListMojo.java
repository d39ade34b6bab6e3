package dev.modelregistry.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.ModelSummary;
import dev.modelregistry.core.query.SearchOrder;
import dev.modelregistry.core.query.SearchQuery;

/**
 * Lists the registry's models with their version counts and aliases:
 * {@code mvn model:list}; or, given any filter, sort or limit, the matching versions with their
 * stage, registration time and key metrics (those the filter and sort name, else the most common
 * ones):
 * {@code mvn model:list -Dmodel.name=churn* -Dmodel.where=accuracy>=0.9 -Dmodel.sort=-accuracy}.
 * Needs no project.
 */
@Mojo(name = "list", requiresProject = false, threadSafe = true)
public class ListMojo extends AbstractFilterMojo {

    /** Metric columns shown when no filter or sort names any: the most common ones. */
    private static final int COMMON_METRICS = 3;
    private static final PluginParameter SORT = new PluginParameter("model.sort", "sort", "-accuracy");
    private static final PluginParameter LIMIT = new PluginParameter("model.limit", "limit", "10");

    /**
     * How to sort the versions: {@code name} (the default: model name, then version), {@code version},
     * {@code created} or a metric name; a leading {@code -} sorts descending, such as
     * {@code -accuracy}. Versions lacking a sort metric come last.
     */
    @Parameter(property = "model.sort")
    private String sort;

    /** The most versions to list, at least 1; all when not set. */
    @Parameter(property = "model.limit")
    private Integer limit;

    @Override
    protected RegistryCall prepare() throws MojoFailureException {
        CardFilter filter = filter();
        if (filter.equals(CardFilter.ANY) && sort == null && limit == null) {
            return registry -> models(registry.listModelSummaries());
        }
        SearchQuery matching = SearchQuery.matching(filter);
        SearchQuery sorted = sort == null ? matching
                : matching.sortedBy(ErrorMapping.reading(SORT, () -> SortParameter.parse(sort)));
        SearchQuery query = limit == null ? sorted : ErrorMapping.reading(LIMIT, () -> sorted.limitedTo(limit));
        return registry -> versions(query, registry.search(query));
    }

    private static GoalResult models(List<ModelSummary> summaries) {
        TextTable table = TextTable.withHeader("NAME", "VERSIONS", "LATEST", "ALIASES", "OWNER", "DESCRIPTION");
        List<Map<String, Object>> json = new ArrayList<>();
        for (ModelSummary summary : summaries) {
            RegisteredModel model = summary.model();
            String aliases = model.aliases().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            table.row(model.name().value(), String.valueOf(summary.versions().size()),
                    summary.latest().map(Version::toString).orElse("-"), aliases, model.owner(), model.description());
            json.add(modelJson(summary));
        }
        List<String> lines = summaries.isEmpty() ? List.of("The registry has no models yet.") : table.lines("");
        return new GoalResult(lines, Map.of("models", json));
    }

    private static Map<String, Object> modelJson(ModelSummary summary) {
        RegisteredModel model = summary.model();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", model.name().value());
        json.put("description", model.description());
        json.put("owner", model.owner());
        json.put("taskType", model.taskType());
        json.put("tags", model.tags().stream().map(Tag::value).toList());
        json.put("versions", summary.versions().stream().map(Version::toString).toList());
        json.put("latest", summary.latest().map(Version::toString).orElse(null));
        Map<String, String> aliases = new LinkedHashMap<>();
        model.aliases().forEach((alias, version) -> aliases.put(alias.value(), version.toString()));
        json.put("aliases", aliases);
        return json;
    }

    private static GoalResult versions(SearchQuery query, List<ModelCard> cards) throws IOException {
        List<MetricName> metrics = keyMetrics(query, cards);
        List<String> header = new ArrayList<>(List.of("NAME", "VERSION", "STAGE", "CREATED"));
        metrics.forEach(metric -> header.add(metric.value()));
        TextTable table = TextTable.withHeader(header.toArray(String[]::new));
        List<Object> json = new ArrayList<>();
        for (ModelCard card : cards) {
            List<String> row = new ArrayList<>(List.of(card.name().value(), card.version().toString(),
                    card.stage().value(), InstantParameter.format(card.createdAt())));
            metrics.forEach(metric -> row.add(Optional.ofNullable(card.metrics().get(metric.value()))
                    .map(CardReport::number).orElse("-")));
            table.row(row.toArray(String[]::new));
            json.add(CardJson.of(card));
        }
        List<String> lines = new ArrayList<>(table.isEmpty() ? List.of() : table.lines(""));
        String filter = describe(query.filter());
        lines.add(cards.size() + (cards.size() == 1 ? " version" : " versions") + (filter.isEmpty() ? "" : " " + filter));
        return new GoalResult(lines, Map.of("versions", json));
    }

    /**
     * The metrics the filter and the sort name; when they name none, up to three metrics that most
     * of {@code cards} have, the most common first, then by name.
     */
    private static List<MetricName> keyMetrics(SearchQuery query, List<ModelCard> cards) {
        Set<MetricName> named = new LinkedHashSet<>(metricsOf(query.filter()));
        query.order().metric().ifPresent(named::add);
        if (!named.isEmpty()) {
            return List.copyOf(named);
        }
        Map<String, Long> counts = cards.stream().flatMap(card -> card.metrics().keySet().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COMMON_METRICS).map(entry -> MetricName.of(entry.getKey())).toList();
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return filterParameters(Map.of());
    }
}
