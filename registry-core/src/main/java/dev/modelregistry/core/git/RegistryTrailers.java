package dev.modelregistry.core.git;

/**
 * The trailer keys of registry commits: the one place they are spelled. The registry format
 * document ({@code docs/registry-format.md}) describes what each one means.
 */
public final class RegistryTrailers {

    /** What the commit did, for example {@code register} or {@code transition}. */
    public static final String REGISTRY_ACTION = "Registry-Action";
    /** The model name the action is about. */
    public static final String MODEL = "Model";
    /** The version the action is about. */
    public static final String MODEL_VERSION = "Model-Version";
    /** The stage a version left. */
    public static final String FROM_STAGE = "From-Stage";
    /** The stage a version entered, or holds after registration. */
    public static final String STAGE = "Stage";
    /** Why the change was made, as the actor gave it. */
    public static final String REASON = "Reason";
    /** The alias set or removed. */
    public static final String ALIAS = "Alias";
    /** The version an alias pointed to before it moved or was removed. */
    public static final String PREVIOUS_VERSION = "Previous-Version";
    /** The sha256 of a registered artifact. */
    public static final String ARTIFACT_SHA256 = "Artifact-Sha256";
    /** The build or training run that registered a version. */
    public static final String BUILD = "Build";
    /** A version moved out of an exclusive stage by the same commit, as {@code name@version}. */
    public static final String DEMOTED = "Demoted";
    /** The stage a demoted version moved to. */
    public static final String DEMOTED_TO = "Demoted-To";
    /** A version whose files the commit removed, as {@code name@version}; may repeat. */
    public static final String REMOVED = "Removed";
    /** The fields an update changed, as their YAML names joined by {@code ", "}, e.g. {@code description, metrics}. */
    public static final String CHANGED = "Changed";
    /** How many newest versions of each model a cleanup kept, e.g. {@code 10}. */
    public static final String KEEP_LATEST = "Keep-Latest";
    /** Present with value {@code true} when the actor forced a change to a protected stage. */
    public static final String FORCED = "Forced";

    /**
     * The id of a registration that one process handed to another's write service, so that the
     * requester can find the commit if the service stopped before it answered.
     */
    public static final String REQUEST_ID = "Request-Id";

    private RegistryTrailers() {
    }
}
