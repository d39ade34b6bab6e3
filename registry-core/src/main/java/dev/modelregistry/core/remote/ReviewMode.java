package dev.modelregistry.core.remote;

/**
 * Which writes to a remote registry are proposed for review (committed on a new branch for a pull
 * request) instead of landing on the registry branch. A local registry has no pull requests:
 * there every write lands, whatever the mode.
 */
public enum ReviewMode {
    /** Writes into a stage that {@code registry.yaml} marks {@code reviewed: true} (production, by default). */
    POLICY,
    /** Every write. */
    ALWAYS,
    /** No write, not even into a reviewed stage: for those who may push to the registry branch directly. */
    NEVER
}
