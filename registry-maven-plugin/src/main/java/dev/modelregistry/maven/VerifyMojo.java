package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.artifact.ArtifactCheck;
import dev.modelregistry.core.artifact.ArtifactReport;
import dev.modelregistry.core.artifact.ArtifactStatus;
import dev.modelregistry.core.domain.ModelReference;

/**
 * Re-reads the stored model files of every version, or of the versions {@code model.refs} names,
 * and checks each one's SHA-256 and size against its card: {@code mvn model:verify}. Prints one
 * row per version, {@code OK}, {@code MISSING}, {@code CORRUPT} or {@code UNCHECKED} (its URI is
 * refused or its store cannot be read), and fails the build when any file is missing or corrupt.
 * Needs no project.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractArtifactMojo {

    /**
     * The versions to check, as references ({@code churn@1.2.0}, {@code churn@production}), comma
     * separated. Default: every version of every model.
     */
    @Parameter(property = "model.refs")
    private List<String> refs;

    @Override
    protected RegistryCall prepare() {
        List<ModelReference> selection = CommaList.items(refs).stream().map(ModelReference::parse).toList();
        return registry -> describe(registry.verifyArtifacts(selection));
    }

    private static GoalResult describe(ArtifactReport report) {
        TextTable table = TextTable.withHeader("VERSION", "STATUS", "ARTIFACT", "DETAIL");
        List<Map<String, Object>> json = report.checks().stream().map(check -> {
            table.row(check.version().toString(), check.status().toString(), check.uri(), check.detail());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("reference", check.version().toString());
            entry.put("status", check.status().toString());
            entry.put("uri", check.uri());
            entry.put("detail", check.detail());
            return entry;
        }).toList();
        Map<ArtifactStatus, Long> counts = report.checks().stream()
                .collect(Collectors.groupingBy(ArtifactCheck::status, () -> new EnumMap<>(ArtifactStatus.class),
                        Collectors.counting()));
        if (table.isEmpty()) {
            return new GoalResult(List.of("No versions to verify"), Map.of("checks", json));
        }
        List<String> lines = new ArrayList<>(table.lines(""));
        lines.add("Verified " + report.checks().size() + " artifact" + (report.checks().size() == 1 ? "" : "s") + ": "
                + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        GoalResult result = new GoalResult(lines, Map.of("checks", json));
        List<String> broken = report.checks().stream()
                .filter(check -> check.status() == ArtifactStatus.MISSING || check.status() == ArtifactStatus.CORRUPT)
                .map(check -> check.version() + " is " + check.status()).toList();
        return broken.isEmpty() ? result : result.failing(broken.size() + " of " + report.checks().size()
                + " artifacts are missing or corrupt: " + String.join(", ", broken) + ". Restore them from a backup of"
                + " the store, or register those models again.");
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return Map.of(Input.REFERENCE, new PluginParameter("model.refs", "refs", "churn@1.2.0,churn@production"));
    }
}
