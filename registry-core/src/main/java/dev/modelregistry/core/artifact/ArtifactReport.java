package dev.modelregistry.core.artifact;

import java.util.List;

/**
 * The result of verifying artifacts: one check per version, in the order asked.
 *
 * @param checks the checks
 */
public record ArtifactReport(List<ArtifactCheck> checks) {

    /** Copies the list. */
    public ArtifactReport {
        checks = List.copyOf(checks);
    }

    /** The checks whose status is not {@link ArtifactStatus#OK}. */
    public List<ArtifactCheck> problems() {
        return checks.stream().filter(c -> c.status() != ArtifactStatus.OK).toList();
    }

    /** True when every artifact checked is intact. */
    public boolean allOk() {
        return problems().isEmpty();
    }
}
