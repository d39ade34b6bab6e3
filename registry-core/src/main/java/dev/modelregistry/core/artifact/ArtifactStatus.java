package dev.modelregistry.core.artifact;

/** The outcome of checking one version's artifact. */
public enum ArtifactStatus {
    /** The stored bytes have the size and digest the card records. */
    OK,
    /** The store does not have the artifact. */
    MISSING,
    /** The stored bytes have another size or digest than the card records. */
    CORRUPT,
    /** The artifact could not be checked: its URI is refused, or its store could not be read. */
    UNCHECKED
}
