package dev.modelregistry.core.card;

import java.util.List;
import java.util.Objects;

import dev.modelregistry.core.domain.VersionId;

/**
 * Where a version came from: parent versions (of any model), datasets, the source repository
 * and commit of the training code, and the training run or CI build. Text fields are empty when
 * not recorded.
 *
 * @param parents the versions this one was derived from, as {@code name@version}
 * @param datasets the datasets it was trained or evaluated on
 * @param sourceRepository the URL of the training code's repository
 * @param sourceCommit the commit of the training code
 * @param buildId an identifier of the training run or CI build, unique per run
 * @param buildUrl a link to the training run or CI build
 */
public record Lineage(List<VersionId> parents, List<Dataset> datasets, String sourceRepository, String sourceCommit,
        String buildId, String buildUrl) {

    /** Lineage with nothing recorded. */
    public static final Lineage NONE = new Lineage(List.of(), List.of(), "", "", "", "");

    /** Copies the lists and refuses nulls. */
    public Lineage {
        parents = List.copyOf(parents);
        datasets = List.copyOf(datasets);
        Objects.requireNonNull(sourceRepository, "sourceRepository");
        Objects.requireNonNull(sourceCommit, "sourceCommit");
        Objects.requireNonNull(buildId, "buildId");
        Objects.requireNonNull(buildUrl, "buildUrl");
    }

    /** The build's identity for idempotent registration: its id, else its URL, else empty. */
    public String buildKey() {
        return buildId.isEmpty() ? buildUrl : buildId;
    }
}
