package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.query.CardFilter;

/**
 * A goal that picks versions across the registry by the same filters: a model name pattern, a
 * stage, a tag, a task type and metric predicates. Every filter is optional; all given ones must
 * hold.
 */
public abstract class AbstractFilterMojo extends AbstractRegistryMojo {

    /**
     * Only models whose name matches this glob, regardless of case: {@code *} is any run of
     * characters, {@code ?} one character, such as {@code churn*}. A plain name matches that model.
     */
    @Parameter(property = "model.name")
    private String name;

    /** Only versions in this stage, such as {@code production}. */
    @Parameter(property = "model.stage")
    private String stage;

    /** Only versions with this tag, such as {@code tabular}. */
    @Parameter(property = "model.tag")
    private String tag;

    /** Only versions whose task type is exactly this, such as {@code classification}. */
    @Parameter(property = "model.taskType")
    private String taskType;

    /**
     * Only versions whose metrics satisfy each of these predicates, separated by commas: a metric,
     * one of {@code >= <= > < == !=} and a number, such as {@code accuracy>=0.9,auc>0.8}. A
     * version lacking one of the metrics does not match.
     */
    @Parameter(property = "model.where")
    private String where;

    /** The filter the parameters describe; {@link CardFilter#ANY} when none is given. */
    protected final CardFilter filter() {
        CardFilter filter = CardFilter.ANY;
        if (given(name)) {
            filter = filter.named(ModelNamePattern.of(name.strip()));
        }
        if (given(stage)) {
            filter = filter.inStage(StageName.of(stage.strip()));
        }
        if (given(tag)) {
            filter = filter.taggedWith(Tag.of(tag.strip()));
        }
        if (given(taskType)) {
            filter = filter.forTask(taskType.strip());
        }
        for (String predicate : CommaList.items(where)) {
            filter = filter.where(MetricPredicate.parse(predicate));
        }
        return filter;
    }

    /** The metrics the predicates of {@code filter} name, in order, each once. */
    protected static List<MetricName> metricsOf(CardFilter filter) {
        return filter.metrics().stream().map(MetricPredicate::metric).distinct().toList();
    }

    /**
     * {@code filter} in words, such as {@code named churn*, in stage production, with
     * accuracy>=0.9}; empty for {@link CardFilter#ANY}.
     */
    protected static String describe(CardFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.namePattern().ifPresent(pattern -> parts.add("named " + pattern));
        filter.stage().ifPresent(value -> parts.add("in stage " + value));
        filter.tag().ifPresent(value -> parts.add("tagged " + value));
        filter.taskType().ifPresent(value -> parts.add("with task type " + value));
        filter.metrics().forEach(predicate -> parts.add("with " + predicate));
        return String.join(", ", parts);
    }

    /** The parameters of the filters, plus {@code more} from the concrete goal. */
    protected static Map<Input, PluginParameter> filterParameters(Map<Input, PluginParameter> more) {
        Map<Input, PluginParameter> all = new EnumMap<>(Input.class);
        all.put(Input.NAME, new PluginParameter("model.name", "name", "\"churn*\""));
        all.put(Input.STAGE, PluginParameter.STAGE);
        all.put(Input.TAG, new PluginParameter("model.tag", "tag", "tabular"));
        all.put(Input.FILTER, new PluginParameter("model.where", "where", "\"accuracy>=0.9,auc>0.8\""));
        all.putAll(more);
        return all;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
