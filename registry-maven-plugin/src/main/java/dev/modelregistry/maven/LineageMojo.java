package dev.modelregistry.maven;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.query.LineageNode;
import dev.modelregistry.core.query.LineageReport;
import dev.modelregistry.core.query.LineageText;

/**
 * Draws where a version came from and what was derived from it, across models, as two trees:
 * {@code mvn model:lineage -Dmodel.ref=churn@production}. With {@code -Dmodel.output=json}, each
 * tree is nested nodes: {@code {"reference", "status", "parents" | "children"}}. Needs no project.
 */
@Mojo(name = "lineage", requiresProject = false, threadSafe = true)
public class LineageMojo extends AbstractVersionMojo {

    /** How many generations to follow each way, at least 1; all of them when not set. */
    @Parameter(property = "model.depth")
    private Integer depth;

    @Override
    protected RegistryCall prepare() throws IOException {
        ModelReference reference = reference();
        return registry -> {
            LineageReport report = depth == null ? registry.lineage(reference) : registry.lineage(reference, depth);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ancestors", node(report.ancestors(), "parents"));
            json.put("descendants", node(report.descendants(), "children"));
            return new GoalResult(LineageText.lines(report), json);
        };
    }

    /** A tree as nested maps, each node's next generation in a list under the key {@code next}. */
    private static Map<String, Object> node(LineageNode node, String next) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", node.id().toString());
        json.put("status", node.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        List<Map<String, Object>> below = node.next().stream().map(child -> node(child, next)).toList();
        json.put(next, below);
        return json;
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return versionParameters(Map.of(Input.OTHER, new PluginParameter("model.depth", "depth", "2")));
    }
}
