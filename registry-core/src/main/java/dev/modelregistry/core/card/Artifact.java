package dev.modelregistry.core.card;

import java.util.Objects;
import java.util.regex.Pattern;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * The model file of a version: where it is, its SHA-256 digest (64 lower-case hex digits), its
 * size in bytes, and its format (such as {@code onnx} or {@code tribuo}; empty when not given).
 * Once a version is registered its digest never changes.
 */
public record Artifact(String uri, String sha256, long size, String format) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Checks the digest's form, that the size is not negative, and that the URI is present. */
    public Artifact {
        Objects.requireNonNull(format, "format");
        if (uri == null || uri.isBlank()) {
            throw new RegistryUsageException(Input.ARTIFACT, "The artifact has no URI; give the location of the model file.");
        }
        requireSha256(sha256, "artifact sha256");
        if (size < 0) {
            throw new RegistryUsageException(Input.ARTIFACT,
                    "Invalid artifact size " + size + ": a size is a number of bytes, 0 or more.");
        }
    }

    /** Throws a usage error naming {@code what} unless {@code value} is 64 lower-case hex digits. */
    static void requireSha256(String value, String what) {
        if (value == null || !SHA256.matcher(value).matches()) {
            throw new RegistryUsageException(Input.ARTIFACT, "Invalid " + what + " \"" + value
                    + "\": a SHA-256 digest is 64 lower-case hexadecimal digits.");
        }
    }
}
