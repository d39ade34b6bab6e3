package dev.modelregistry.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.DeleteModelRequest;
import dev.modelregistry.core.DeleteRequest;
import dev.modelregistry.core.DeleteResult;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.ModelName;

/**
 * Deletes a version ({@code mvn model:delete -Dmodel.ref=churn@1.2.0}) or a whole model
 * ({@code mvn model:delete -Dmodel.name=churn -Dmodel.allVersions=true}) in one commit, with the
 * aliases that pointed at it; history keeps everything. A version in a protected stage (staging
 * and production by default) needs {@code -Dmodel.force=true}. Afterwards it lists the files of the
 * directory store that no card references any more, and removes them with
 * {@code -Dmodel.pruneArtifacts=true}. Needs no project.
 */
@Mojo(name = "delete", requiresProject = false, threadSafe = true)
public class DeleteMojo extends AbstractVersionMojo {

    /** Deletes the whole model {@code model.name}: {@code model.yaml} and every version. */
    @Parameter(property = "model.allVersions", defaultValue = "false")
    private boolean allVersions;

    /** Deletes versions in a protected stage too, such as the one in production. */
    @Parameter(property = "model.force", defaultValue = "false")
    private boolean force;

    /** Why; recorded in the commit's {@code Reason} trailer. One line. */
    @Parameter(property = "model.reason")
    private String reason;

    /**
     * Removes the directory store's files that no card references after the deletion. Without it
     * they are only listed (a dry run).
     */
    @Parameter(property = "model.pruneArtifacts", defaultValue = "false")
    private boolean pruneArtifacts;

    @Override
    protected RegistryCall prepare() throws IOException {
        String why = reason == null ? "" : reason.strip();
        if (!allVersions) {
            DeleteRequest request = new DeleteRequest(reference(), force, why);
            return registry -> describe(registry, registry.deleteVersion(request));
        }
        if (versionGiven()) {
            throw new RegistryUsageException(Input.REFERENCE, "model.allVersions deletes every version of the model;"
                    + " leave out model.ref and model.version, or set model.allVersions to false to delete one version.");
        }
        ModelName model = givenName().orElseThrow(() -> new RegistryUsageException(Input.NAME, "No model to delete;"
                + " name it with model.name."));
        DeleteModelRequest request = new DeleteModelRequest(model, force, why);
        return registry -> describe(registry, registry.deleteModel(request));
    }

    private GoalResult describe(ModelRegistry registry, DeleteResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Deleted " + String.join(", ", result.removed().stream().map(Object::toString).toList())
                + (result.forced() ? " (forced past a protected stage)" : ""));
        if (!result.removedAliases().isEmpty()) {
            lines.add("Removed aliases: " + String.join(", ", result.removedAliases().stream().map(Object::toString)
                    .toList()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("removed", result.removed().stream().map(Object::toString).toList());
        json.put("removedAliases", result.removedAliases().stream().map(Object::toString).toList());
        json.put("forced", result.forced());
        json.put("commit", result.commitId().orElse(""));
        json.put("artifacts", ArtifactPruning.run(registry, pruneArtifacts, "-Dmodel.pruneArtifacts=true", lines));
        return new GoalResult(lines, json);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return versionParameters(Map.of(Input.FORCE, new PluginParameter("model.force", "force", "true"),
                Input.REASON, PluginParameter.REASON));
    }
}
