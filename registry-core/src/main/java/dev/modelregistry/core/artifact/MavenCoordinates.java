package dev.modelregistry.core.artifact;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * Where a model file lives in a Maven repository: {@code groupId}, the model name as
 * {@code artifactId}, the model version as {@code version}, and a file extension. Written in cards
 * as {@code maven:<groupId>:<artifactId>:<version>:<extension>}. Every part is checked against a
 * grammar that keeps the repository path free of {@code ..}, slashes and other surprises.
 *
 * @param groupId dot-separated segments of letters, digits, {@code _} and {@code -}
 * @param artifactId the model name
 * @param version the model version
 * @param extension lower-case letters and digits, optionally dot-separated ({@code onnx}, {@code tar.gz})
 */
public record MavenCoordinates(String groupId, ModelName artifactId, Version version, String extension) {

    /** The URI scheme of Maven coordinates in cards. */
    public static final String SCHEME = "maven";
    /** The extension used when a model's format gives none. */
    public static final String DEFAULT_EXTENSION = "bin";

    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");
    private static final int MAX_GROUP_ID = 200;
    private static final int MAX_EXTENSION = 32;

    /** Checks every part. */
    public MavenCoordinates {
        checkGroupId(groupId);
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        if (extension == null || extension.length() > MAX_EXTENSION || !EXTENSION.matcher(extension).matches()) {
            throw new RegistryUsageException(Input.ARTIFACT, "Invalid Maven extension \"" + extension + "\": use up to "
                    + MAX_EXTENSION + " lower-case letters and digits, optionally dot-separated, such as onnx.");
        }
    }

    /** The coordinates of version {@code id} under {@code groupId}, with the extension its {@code format} gives. */
    public static MavenCoordinates of(String groupId, VersionId id, String format) {
        return new MavenCoordinates(groupId, id.name(), id.version(), extensionFor(format));
    }

    /**
     * The file extension for a model format: the format in lower case, or {@code bin} when there
     * is none.
     *
     * @throws RegistryUsageException when the format cannot be a file extension
     */
    public static String extensionFor(String format) {
        String extension = format.isEmpty() ? DEFAULT_EXTENSION : format.toLowerCase(Locale.ROOT);
        if (!EXTENSION.matcher(extension).matches() || extension.length() > MAX_EXTENSION) {
            throw new RegistryUsageException(Input.ARTIFACT, "The format \"" + format + "\" cannot be a Maven file"
                    + " extension; use letters and digits only (such as onnx), or leave the format out for "
                    + DEFAULT_EXTENSION + ".");
        }
        return extension;
    }

    /** Throws a usage error unless {@code groupId} is a valid Maven group id. */
    public static void checkGroupId(String groupId) {
        if (groupId == null || groupId.length() > MAX_GROUP_ID || !GROUP_ID.matcher(groupId).matches()) {
            throw new RegistryUsageException(Input.ARTIFACT, "Invalid Maven groupId \"" + groupId + "\": use dot-separated"
                    + " segments of letters, digits, '_' and '-', such as com.example.models.");
        }
    }

    /**
     * Parses {@code maven:<groupId>:<artifactId>:<version>:<extension>}.
     *
     * @throws RegistryUsageException naming the expected form
     */
    public static MavenCoordinates parse(String uri) {
        String[] parts = uri.split(":", -1);
        if (parts.length != 5 || !parts[0].equals(SCHEME)) {
            throw new RegistryUsageException(Input.ARTIFACT, "Invalid Maven artifact URI \"" + uri
                    + "\": write maven:<groupId>:<artifactId>:<version>:<extension>, such as maven:models:churn:1.2.0:onnx.");
        }
        return new MavenCoordinates(parts[1], ModelName.of(parts[2]), Version.parse(parts[3]), parts[4]);
    }

    /** The version these coordinates name. */
    public VersionId versionId() {
        return new VersionId(artifactId, version);
    }

    /** The directory of the artifact in a repository: {@code com/example/churn/1.2.0}. */
    public String versionDirectory() {
        return artifactDirectory() + "/" + version;
    }

    /** The path of the artifact's file in a repository: {@code com/example/churn/1.2.0/churn-1.2.0.onnx}. */
    public String filePath() {
        return versionDirectory() + "/" + artifactId + "-" + version + "." + extension;
    }

    /** The path of the artifact's {@code maven-metadata.xml} in a repository. */
    public String metadataPath() {
        return artifactDirectory() + "/maven-metadata.xml";
    }

    private String artifactDirectory() {
        return groupId.replace('.', '/') + "/" + artifactId;
    }

    /** {@code maven:<groupId>:<artifactId>:<version>:<extension>}, which {@link #parse} reads back. */
    public String toUri() {
        return SCHEME + ":" + groupId + ":" + artifactId + ":" + version + ":" + extension;
    }
}
