package dev.modelregistry.core.check;

/**
 * The rules a registry check applies, each with the stable short id that reports and CI logs
 * show. The tables in {@code docs/registry-format.md} ("Checking a registry" and "Checking a pull
 * request") explain each one.
 */
public enum CheckRule {
    /** A file is not strict YAML: too large, a syntax error, anchors, tags, duplicate keys, .... */
    YAML("yaml"),
    /** A file is YAML but breaks its schema: an unknown field, a wrong type, a missing field, .... */
    SCHEMA("schema"),
    /** A directory under {@code models/} is not a valid model name or version. */
    NAME("name"),
    /** Two model directories differ only in case. */
    CASE_CLASH("case-clash"),
    /** Two versions of a model have the same SemVer precedence (differ only in build metadata). */
    SAME_PRECEDENCE("same-precedence"),
    /** A file's {@code name} or {@code version} is not the one its directories say. */
    PATH_MISMATCH("path-mismatch"),
    /** A version directory has no {@code card.yaml}. */
    MISSING_CARD("missing-card"),
    /** A file or directory under {@code models/} that the format does not define. */
    STRAY_FILE("stray-file"),
    /** A card's stage is not a stage of the policy. */
    UNKNOWN_STAGE("unknown-stage"),
    /** More than one version of a model is in an exclusive stage. */
    EXCLUSIVE_STAGE("exclusive-stage"),
    /** An alias points to a version that does not exist. */
    ALIAS_TARGET("alias-target"),
    /** An alias has the name of a stage. */
    ALIAS_IS_STAGE("alias-is-stage"),
    /** A lineage parent is not a version in the registry. */
    MISSING_PARENT("missing-parent"),
    /** A card's artifact digest is not the one its version was registered with, by the history's register commit. */
    REGISTERED_ARTIFACT("registered-artifact"),
    /** The {@code CODEOWNERS} file is not the one the owners in {@code registry.yaml} give, or another one hides it. */
    CODEOWNERS("codeowners"),
    /** A version holds a stage with owners, but none of them approved (merged, or made directly) its entry there. */
    STAGE_APPROVAL("stage-approval"),
    /** A change moves a version between stages that the policy's graph does not connect. */
    STAGE_MOVE("stage-move"),
    /** A change adds a version in another stage than the initial one. */
    INITIAL_STAGE("initial-stage"),
    /** A change alters the artifact digest or size of a registered version. */
    ARTIFACT_CHANGED("artifact-changed"),
    /** A change alters a field fixed at registration: {@code createdAt}, {@code createdBy}, {@code lineage}. */
    IMMUTABLE_FIELD("immutable-field"),
    /** A change deletes a version that was in a protected stage. */
    PROTECTED_DELETE("protected-delete"),
    /** A version enters a stage without the metrics or fields that the stage requires. */
    STAGE_REQUIREMENTS("stage-requirements"),
    /** A commit that a signature check covers has no signature. */
    UNSIGNED_COMMIT("unsigned-commit"),
    /** A commit that a signature check covers is signed, but not validly by a key the allowed signers file lists. */
    UNKNOWN_SIGNER("unknown-signer"),
    /** The card of a version in a protected stage was changed by a commit without a trusted signature. */
    UNSIGNED_CARD("unsigned-card");

    private final String id;

    CheckRule(String id) {
        this.id = id;
    }

    /** The rule's stable id, such as {@code stray-file}. */
    public String id() {
        return id;
    }

    /** A problem found by this rule in {@code path} at {@code line} (0 for the whole file or directory). */
    public Problem at(String path, int line, String message, String fix) {
        return new Problem(path, line, id, message, fix);
    }
}
