package dev.modelregistry.maven;

import org.apache.maven.plugins.annotations.Mojo;

import dev.modelregistry.core.domain.StageName;

/**
 * Moves a version to the {@code deprecated} stage, recording the reason:
 * {@code mvn model:deprecate -Dmodel.ref=churn@1.1.0 -Dmodel.reason="..."}. Needs no project.
 */
@Mojo(name = "deprecate", requiresProject = false, threadSafe = true)
public class DeprecateMojo extends AbstractTransitionMojo {

    @Override
    protected StageName target() {
        return StageName.of("deprecated");
    }
}
