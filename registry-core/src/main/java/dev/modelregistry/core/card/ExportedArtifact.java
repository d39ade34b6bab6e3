package dev.modelregistry.core.card;

import java.util.Map;
import java.util.Objects;

/**
 * Another form of the same model, such as an ONNX or TorchScript export: its format, location,
 * SHA-256 digest and free-form details (opset, quantisation and the like).
 */
public record ExportedArtifact(String format, String uri, String sha256, Map<String, String> details) {

    /** Checks that format and URI are present and the digest well-formed; copies the details. */
    public ExportedArtifact {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(uri, "uri");
        Artifact.requireSha256(sha256, "export sha256");
        details = Map.copyOf(details);
    }
}
