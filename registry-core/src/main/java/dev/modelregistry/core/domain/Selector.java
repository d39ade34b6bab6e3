package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import java.util.Objects;

/** What a {@link ModelReference} selects among a model's versions; its text follows the {@code @}. */
public sealed interface Selector permits Selector.ExactVersion, Selector.Latest, Selector.Named {

    /** The literal that selects the greatest version; no stage or alias may be called this. */
    String LATEST = "latest";

    /**
     * Exactly one version, e.g. {@code churn@1.2.0}.
     *
     * @param version the version selected
     */
    record ExactVersion(Version version) implements Selector {

        /** Requires a version. */
        public ExactVersion {
            Objects.requireNonNull(version, "version");
        }

        /** The version text. */
        @Override
        public String toString() {
            return version.toString();
        }
    }

    /** The greatest version by SemVer precedence: {@code churn@latest}. */
    record Latest() implements Selector {

        /** {@value Selector#LATEST}. */
        @Override
        public String toString() {
            return LATEST;
        }
    }

    /**
     * A stage or alias, e.g. {@code churn@production} or {@code churn@champion}, resolved later
     * against the registry's policy. The value follows the {@link AliasName} grammar, which also
     * admits every {@link StageName}.
     *
     * @param value the stage or alias name exactly as given
     */
    record Named(String value) implements Selector {

        private static final Grammar GRAMMAR =
                AliasName.GRAMMAR.reportedAs(Input.REFERENCE, "stage or alias name");

        /** Validates {@code value}; {@code latest} is rejected, it is {@link Latest}. */
        public Named {
            GRAMMAR.check(value);
            GRAMMAR.rejectLatest(value);
        }

        /** The stage or alias name. */
        @Override
        public String toString() {
            return value;
        }
    }
}
