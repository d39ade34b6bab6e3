package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which part of the greatest existing version a new version increments. */
public enum Bump {
    /** Increments MAJOR and resets MINOR and PATCH. */
    MAJOR,
    /** Increments MINOR and resets PATCH. */
    MINOR,
    /** Increments PATCH. */
    PATCH;

    private static final String ALLOWED = Arrays.stream(values())
            .map(Bump::toString).collect(Collectors.joining(", "));
    private static final Version ZERO = Version.parse("0.0.0");

    /** Parses exactly {@code major}, {@code minor} or {@code patch}; throws a usage error (BUMP) otherwise. */
    public static Bump parse(String value) {
        String fix = "use one of " + ALLOWED + " (lower case)";
        if (value == null) {
            throw Grammar.missing(Input.BUMP, "bump", fix);
        }
        return Arrays.stream(values()).filter(bump -> bump.toString().equals(value)).findFirst()
                .orElseThrow(() -> Grammar.invalid(Input.BUMP, "bump", value, "it is not one of the accepted values", fix));
    }

    /**
     * The next release after {@code greatest}, or after {@code 0.0.0} when there is no version
     * yet, with node-semver {@code inc} semantics: a pre-release {@code 2.0.0-rc.1} bumped MAJOR
     * becomes {@code 2.0.0} (and likewise MINOR when PATCH is 0, and always PATCH), otherwise the
     * part is incremented and the lower parts reset. The result has no pre-release or build; a
     * result longer than 64 characters is a usage error (VERSION).
     */
    public Version apply(Optional<Version> greatest) {
        Version base = Objects.requireNonNull(greatest, "greatest").orElse(ZERO);
        BigInteger major = base.major();
        BigInteger minor = base.minor();
        BigInteger patch = base.patch();
        boolean pre = base.isPrerelease();
        return switch (this) {
            case MAJOR -> pre && minor.signum() == 0 && patch.signum() == 0
                    ? release(major, BigInteger.ZERO, BigInteger.ZERO)
                    : release(major.add(BigInteger.ONE), BigInteger.ZERO, BigInteger.ZERO);
            case MINOR -> pre && patch.signum() == 0
                    ? release(major, minor, BigInteger.ZERO)
                    : release(major, minor.add(BigInteger.ONE), BigInteger.ZERO);
            case PATCH -> pre ? release(major, minor, patch) : release(major, minor, patch.add(BigInteger.ONE));
        };
    }

    /** The lower-case name accepted by {@link #parse}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Version release(BigInteger major, BigInteger minor, BigInteger patch) {
        return Version.parse(major + "." + minor + "." + patch);
    }
}
