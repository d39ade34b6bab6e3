package dev.modelregistry.maven;

import java.util.Locale;

import org.apache.maven.plugin.MojoFailureException;

/** How a goal prints its result: {@code text} for people, {@code json} for scripts. */
public enum OutputFormat {
    /** Aligned text in the build log. */
    TEXT,
    /** One JSON document, on standard output or in the output file. */
    JSON;

    /** Parses {@code text} or {@code json}; anything else fails the build naming {@code model.output}. */
    public static OutputFormat parse(String value) throws MojoFailureException {
        for (OutputFormat format : values()) {
            if (format.toString().equals(value)) {
                return format;
            }
        }
        throw new MojoFailureException("Unknown output format \"" + value + "\": use text or json ("
                + PluginParameter.OUTPUT.hint() + ")");
    }

    /** The lower-case name {@link #parse} accepts. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
