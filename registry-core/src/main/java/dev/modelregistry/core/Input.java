package dev.modelregistry.core;

/**
 * The request inputs that a {@link RegistryUsageException} can blame. Front ends map each one to
 * the parameter a user sets (the Maven plugin maps {@link #NAME} to {@code -Dmodel.name}).
 */
public enum Input {
    /** The model name. */
    NAME,
    /** The version, or the version part of a reference. */
    VERSION,
    /** A reference such as {@code churn@production}. */
    REFERENCE,
    /** A stage name. */
    STAGE,
    /** An alias name. */
    ALIAS,
    /** A version bump (major, minor or patch). */
    BUMP,
    /** A tag. */
    TAG,
    /** A metric name or value. */
    METRIC,
    /** A hyperparameter name or value. */
    HYPERPARAMETER,
    /** A metric predicate such as {@code accuracy>=0.9}. */
    FILTER,
    /** The reason given for a change. */
    REASON,
    /** The artifact described by a card. */
    ARTIFACT,
    /** A parent model of a version. */
    PARENT,
    /** A dataset in a version's lineage. */
    DATASET,
    /** The acting person or CI identity. */
    ACTOR,
    /** The force switch needed to touch protected stages. */
    FORCE,
    /** The registry location or one of its files. */
    REGISTRY,
    /** A branch, tag or commit of the registry repository that a check reads, such as a pull request's head. */
    REVISION,
    /** Any other field of a request. */
    OTHER
}
