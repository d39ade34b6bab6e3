package dev.modelregistry.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.TransitionRequest;
import dev.modelregistry.core.TransitionResult;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.StageName;

/**
 * A goal that moves one version to another stage, in one commit that records the reason. Moving
 * into an exclusive stage (production by default) demotes the version there in the same commit.
 */
public abstract class AbstractTransitionMojo extends AbstractVersionMojo {

    /** Why the version moves; recorded in the commit's {@code Reason} trailer. One line. */
    @Parameter(property = "model.reason")
    private String reason;

    /** The stage to move the version to. */
    protected abstract StageName target();

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return versionParameters(Map.of(Input.REASON, PluginParameter.REASON));
    }

    @Override
    protected final RegistryCall prepare() throws IOException {
        TransitionRequest request = new TransitionRequest(reference(), target(), reason == null ? "" : reason.strip());
        return registry -> describe(registry.transition(request));
    }

    private static GoalResult describe(TransitionResult result) {
        ModelCard moved = result.card();
        List<String> lines = new ArrayList<>();
        // A change proposed for review has no commit on the registry branch yet.
        boolean landed = result.commitId().isPresent();
        lines.add((landed ? "Moved " : "Proposed moving ") + moved.id() + " from " + result.from() + " to "
                + moved.stage());
        List<Map<String, Object>> demoted = new ArrayList<>();
        for (ModelCard out : result.demoted()) {
            lines.add((landed ? "Demoted " : "Proposed demoting ") + out.id() + " to " + out.stage());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("reference", out.id().toString());
            entry.put("stage", out.stage().value());
            demoted.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", moved.id().toString());
        json.put("from", result.from().value());
        json.put("stage", moved.stage().value());
        json.put("demoted", demoted);
        json.put("commit", result.commitId().orElse(""));
        json.put("proposed", !landed);
        return new GoalResult(lines, json);
    }
}
