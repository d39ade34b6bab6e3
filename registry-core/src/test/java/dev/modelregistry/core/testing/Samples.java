package dev.modelregistry.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.VersionId;

/** Small factories for test data. */
public final class Samples {

    private Samples() {
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, as 64 hex digits. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** An artifact whose digest is derived from {@code seed}. */
    public static Artifact artifact(String seed) {
        String sha = sha256(seed);
        return new Artifact("file:///artifacts/" + sha + ".bin", sha, seed.length(), "onnx");
    }

    /** Lineage with nothing but these parents, each written {@code name@version}. */
    public static Lineage parents(String... parents) {
        return new Lineage(Stream.of(parents).map(VersionId::parse).toList(), List.of(), "", "", "", "");
    }

    /** A request builder for {@code name} with an artifact derived from {@code seed}. */
    public static RegisterRequest.Builder request(String name, String seed) {
        return RegisterRequest.builder(ModelName.of(name), artifact(seed));
    }
}
