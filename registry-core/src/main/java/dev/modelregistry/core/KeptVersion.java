package dev.modelregistry.core;

import java.util.Objects;

import dev.modelregistry.core.domain.VersionId;

/**
 * A version a cleanup kept, and why.
 *
 * @param version the version
 * @param reason the rule that kept it: the first that applies, in the order of {@link Reason}
 * @param detail the same for people, such as {@code in production, a protected stage}
 */
public record KeptVersion(VersionId version, Reason reason, String detail) {

    /** Why a cleanup keeps a version. */
    public enum Reason {
        /** It is one of the newest versions of its model that retention keeps. */
        NEWEST,
        /** It is in a stage the policy protects. */
        PROTECTED_STAGE,
        /** An alias points at it. */
        ALIAS,
        /** A version that stays names it as a lineage parent. */
        PARENT
    }

    /** Refuses nulls. */
    public KeptVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
