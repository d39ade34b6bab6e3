package dev.modelregistry.maven;

import java.util.HashMap;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.domain.StageName;

/**
 * Moves a version to another stage, as the registry's stage graph allows, recording the reason:
 * {@code mvn model:promote -Dmodel.ref=churn@1.2.0 -Dmodel.stage=staging -Dmodel.reason="..."}.
 * Entering an exclusive stage demotes the version there in the same commit. Needs no project.
 */
@Mojo(name = "promote", requiresProject = false, threadSafe = true)
public class PromoteMojo extends AbstractTransitionMojo {

    /** The stage to move the version to, such as {@code staging} or {@code production}. */
    @Parameter(property = "model.stage")
    private String stage;

    @Override
    protected StageName target() {
        return StageName.of(stage);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        Map<Input, PluginParameter> parameters = new HashMap<>(super.parameters());
        parameters.put(Input.STAGE, PluginParameter.STAGE);
        return parameters;
    }
}
