package dev.modelregistry.maven;

import java.util.Objects;

/**
 * A goal parameter as a user sets it: its user property ({@code -Dmodel.version=1.2.0}), its
 * element in the plugin configuration ({@code <version>}) and an example value. Failure messages
 * end with {@link #hint()} so people know which knob to turn.
 *
 * @param property the user property, such as {@code model.version}
 * @param element the configuration element, such as {@code version}
 * @param example a value that shows the expected form, such as {@code 1.2.0}
 */
public record PluginParameter(String property, String element, String example) {

    /** The registry location, common to every goal. */
    public static final PluginParameter REGISTRY = new PluginParameter("model.registry", "registry",
            "/srv/model-registry");
    /** The acting identity, common to every goal. */
    public static final PluginParameter ACTOR = new PluginParameter("model.actor", "actor",
            "\"Alice Analyst <alice@example.com>\"");
    /** The output format, common to every goal. */
    public static final PluginParameter OUTPUT = new PluginParameter("model.output", "output", "json");
    /** The model name. */
    public static final PluginParameter NAME = new PluginParameter("model.name", "name", "churn");
    /** The exact version. */
    public static final PluginParameter VERSION = new PluginParameter("model.version", "version", "1.2.0");
    /** A reference such as {@code churn@staging}. */
    public static final PluginParameter REF = new PluginParameter("model.ref", "ref", "churn@1.2.0");
    /** The target stage. */
    public static final PluginParameter STAGE = new PluginParameter("model.stage", "stage", "staging");
    /** The reason recorded with a change. */
    public static final PluginParameter REASON = new PluginParameter("model.reason", "reason",
            "\"passed offline evaluation\"");

    /** Refuses nulls. */
    public PluginParameter {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(example, "example");
    }

    /** How to set it: {@code set it with -Dmodel.version=1.2.0 or <version> in the plugin configuration}. */
    public String hint() {
        return "set it with -D" + property + "=" + example + " or <" + element + "> in the plugin configuration";
    }
}
