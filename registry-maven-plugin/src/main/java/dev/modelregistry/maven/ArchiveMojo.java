package dev.modelregistry.maven;

import org.apache.maven.plugins.annotations.Mojo;

import dev.modelregistry.core.domain.StageName;

/**
 * Moves a version to the {@code archived} stage, recording the reason:
 * {@code mvn model:archive -Dmodel.ref=churn@1.0.0 -Dmodel.reason="..."}. Its files stay in the
 * registry. Needs no project.
 */
@Mojo(name = "archive", requiresProject = false, threadSafe = true)
public class ArchiveMojo extends AbstractTransitionMojo {

    @Override
    protected StageName target() {
        return StageName.of("archived");
    }
}
