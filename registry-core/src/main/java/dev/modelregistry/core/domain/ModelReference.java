package dev.modelregistry.core.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's way to point at a model version: {@code name@selector}, where the selector is an
 * exact SemVer version ({@code churn@1.2.0}), {@code latest} ({@code churn@latest}) or a stage or
 * alias name ({@code churn@production}, {@code churn@champion}).
 *
 * @param name the model
 * @param selector which of its versions
 */
public record ModelReference(ModelName name, Selector selector) {

    private static final ReferenceSyntax SYNTAX = new ReferenceSyntax("model reference",
            "accepted forms: name@1.2.0 (exact version), name@production (stage), name@champion (alias),"
                    + " name@latest (greatest version)");
    /** Selectors meant as versions: they start with a digit or a {@code v} before one. */
    private static final Pattern VERSION_LIKE = Pattern.compile("[vV]?[0-9].*", Pattern.DOTALL);

    /** Requires both parts. */
    public ModelReference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(selector, "selector");
    }

    /**
     * Parses {@code name@selector} with exactly one {@code @}: {@code latest} is
     * {@link Selector.Latest}, a text starting with a digit (or {@code v} and a digit) must be a
     * SemVer {@link Selector.ExactVersion}, anything else must be a {@link Selector.Named} stage or
     * alias. Throws a {@code RegistryUsageException} (REFERENCE) listing the accepted forms.
     */
    public static ModelReference parse(String text) {
        return SYNTAX.parse(text, (name, selector) -> new ModelReference(name, selector(selector)));
    }

    /** {@code name@selector}, which {@link #parse} reads back to an equal reference. */
    @Override
    public String toString() {
        return name + "@" + selector;
    }

    private static Selector selector(String text) {
        if (text.equals(Selector.LATEST)) {
            return new Selector.Latest();
        }
        if (VERSION_LIKE.matcher(text).matches()) {
            return new Selector.ExactVersion(Version.parse(text));
        }
        return new Selector.Named(text);
    }
}
