package dev.modelregistry.core.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of one model version, written {@code name@version}, e.g. {@code churn@1.2.0}.
 *
 * @param name the model
 * @param version its exact version
 */
public record VersionId(ModelName name, Version version) {

    /** Orders ids by model name regardless of case, then by version precedence. */
    public static final Comparator<VersionId> ORDER =
            Comparator.comparing((VersionId id) -> id.name().caseKey()).thenComparing(VersionId::version);

    private static final ReferenceSyntax SYNTAX =
            new ReferenceSyntax("version id", "use name@version, e.g. churn@1.2.0");

    /** Requires both parts. */
    public VersionId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** Parses {@code name@version}; throws a {@code RegistryUsageException} (REFERENCE) naming the expected form. */
    public static VersionId parse(String text) {
        return SYNTAX.parse(text, (name, version) -> new VersionId(name, Version.parse(version)));
    }

    /** {@code name@version}, which {@link #parse} reads back to an equal id. */
    @Override
    public String toString() {
        return name + "@" + version;
    }
}
