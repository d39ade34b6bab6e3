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

    /**
     * Written out rather than generated: a record's generated {@code equals} and {@code hashCode}
     * spin method handles on first use, tens of milliseconds of a fresh process's first query.
     * Equal when the components are equal, as a record's are.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof VersionId that && name.equals(that.name) && version.equals(that.version);
    }

    /** The hash of the components, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + version.hashCode();
    }

    /** {@code name@version}, which {@link #parse} reads back to an equal id. */
    @Override
    public String toString() {
        return name + "@" + version;
    }
}
