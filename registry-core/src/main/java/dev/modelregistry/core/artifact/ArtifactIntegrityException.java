package dev.modelregistry.core.artifact;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * An artifact's bytes are not the ones its card records: the size or the SHA-256 digest differs.
 * The stored copy was changed or damaged; nothing unverified was written anywhere. Distinct from
 * {@link ArtifactTransferException}, which means the bytes could not be moved at all.
 */
public final class ArtifactIntegrityException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    private final ContentDigest expected;
    private final ContentDigest actual;

    /** Creates the error; the message says which version, what was expected and what was found. */
    public ArtifactIntegrityException(String message, ContentDigest expected, ContentDigest actual) {
        super(Input.ARTIFACT, message);
        this.expected = expected;
        this.actual = actual;
    }

    /** What the card records. */
    public ContentDigest expected() {
        return expected;
    }

    /** What the bytes read were (for an over-long stream: its first {@code expected.size() + 1} bytes). */
    public ContentDigest actual() {
        return actual;
    }
}
