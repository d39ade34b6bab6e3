package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.CleanupRequest;
import dev.modelregistry.core.CleanupResult;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.KeptVersion;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.VersionId;

/**
 * Removes old versions by retention: of each model (or of {@code model.name}) it keeps the newest
 * {@code model.keepLatest}, every version in a protected stage and every version under an alias,
 * and removes the rest in one commit. A dry run by default: it prints what it would remove and
 * why it keeps the others; {@code -Dmodel.dryRun=false} removes them. It also lists the files of
 * the directory store that no card references, and removes them with
 * {@code -Dmodel.pruneArtifacts=true} when it is not a dry run. Needs no project.
 */
@Mojo(name = "cleanup", requiresProject = false, threadSafe = true)
public class CleanupMojo extends AbstractRegistryMojo {

    /** The one model to clean up. Default: every model. */
    @Parameter(property = "model.name")
    private String name;

    /** How many of the newest versions of each model to keep. Default: {@code retention.keepLatest} in {@code registry.yaml}, else 10. */
    @Parameter(property = "model.keepLatest")
    private Integer keepLatest;

    /** Only prints what would be removed; set it to {@code false} to remove the versions. */
    @Parameter(property = "model.dryRun", defaultValue = "true")
    private boolean dryRun;

    /**
     * Also removes the directory store's files that no card references any more (unless it is a
     * dry run). Without it they are only listed.
     */
    @Parameter(property = "model.pruneArtifacts", defaultValue = "false")
    private boolean pruneArtifacts;

    /** Why; recorded in the commit's {@code Reason} trailer. One line. */
    @Parameter(property = "model.reason")
    private String reason;

    @Override
    protected RegistryCall prepare() {
        Optional<ModelName> model = VersionParameters.given(name) ? Optional.of(ModelName.of(name.strip()))
                : Optional.empty();
        CleanupRequest request = new CleanupRequest(model, keepLatest == null ? OptionalInt.empty() : OptionalInt.of(keepLatest), dryRun,
                reason == null ? "" : reason.strip());
        return registry -> describe(registry, registry.cleanup(request));
    }

    private GoalResult describe(ModelRegistry registry, CleanupResult result) {
        TextTable table = TextTable.withHeader("VERSION", "ACTION", "WHY");
        result.removed().forEach(id -> table.row(id.toString(), result.dryRun() ? "would remove" : "removed",
                "older than the newest kept"));
        result.kept().forEach(kept -> table.row(kept.version().toString(), "keep", kept.detail()));
        List<String> lines = new ArrayList<>(table.isEmpty() ? List.of("No versions") : table.lines(""));
        int count = result.removed().size();
        String versions = count + " version" + (count == 1 ? "" : "s");
        if (result.dryRun()) {
            lines.add("Dry run: nothing was removed; run again with -Dmodel.dryRun=false to remove " + versions);
        } else {
            lines.add(count == 0 ? "Nothing to remove" : "Removed " + versions);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dryRun", result.dryRun());
        json.put("removed", result.removed().stream().map(VersionId::toString).toList());
        json.put("kept", result.kept().stream().map(CleanupMojo::kept).toList());
        json.put("commit", result.commitId().orElse(""));
        json.put("artifacts", ArtifactPruning.run(registry, pruneArtifacts && !result.dryRun(),
                "-Dmodel.dryRun=false -Dmodel.pruneArtifacts=true", lines));
        return new GoalResult(lines, json);
    }

    private static Map<String, Object> kept(KeptVersion kept) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("reference", kept.version().toString());
        entry.put("reason", kept.reason().toString());
        entry.put("detail", kept.detail());
        return entry;
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return Map.of(Input.NAME, PluginParameter.NAME,
                Input.OTHER, new PluginParameter("model.keepLatest", "keepLatest", "5"),
                Input.REASON, PluginParameter.REASON);
    }
}
