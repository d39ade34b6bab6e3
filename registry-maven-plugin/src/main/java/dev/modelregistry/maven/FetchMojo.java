package dev.modelregistry.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.artifact.FetchResult;
import dev.modelregistry.core.domain.ModelReference;

/**
 * Fetches a version's model file into the build, checksum verified:
 * {@code mvn model:fetch -Dmodel.ref=churn@production}. Bound to {@code generate-resources} in a
 * service's POM, it puts the production model into {@code target/classes/models/}. The bytes
 * stream into a temporary file while their SHA-256 and size are checked against the card, and only
 * a verified file is moved into place: a damaged or changed artifact fails the build and leaves no
 * file behind. Needs no project.
 */
@Mojo(name = "fetch", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, requiresProject = false, threadSafe = true)
public class FetchMojo extends AbstractArtifactMojo {

    /**
     * The version to fetch as a reference: {@code churn@1.2.0} (exact), {@code churn@production}
     * (a stage), {@code churn@champion} (an alias) or {@code churn@latest}. Takes precedence over
     * {@code model.name} and {@code model.version}.
     */
    @Parameter(property = "model.ref")
    private String ref;

    /** The model's name; give it with {@code model.version}, or use {@code model.ref} instead. */
    @Parameter(property = "model.name")
    private String name;

    /** The exact version, such as {@code 1.2.0}; give it with {@code model.name}. */
    @Parameter(property = "model.version")
    private String version;

    /**
     * Where to put the model file: a file path, or a directory (an existing one, or a path ending
     * in {@code /}) that receives {@code <name>-<version>.<format>}. A relative path is resolved
     * against the project's directory, or the current directory without a project. Default:
     * {@code target/classes/models/} in a project, so the model is packaged with it; else the
     * current directory.
     */
    @Parameter(property = "model.destination")
    private String destination;

    @Override
    protected RegistryCall prepare() throws IOException {
        ModelReference reference = VersionParameters.explicit(ref, name, version)
                .orElseThrow(() -> new RegistryUsageException(Input.REFERENCE, "No version to fetch; name one with"
                        + " model.ref, such as churn@production, or with model.name and model.version."));
        Path target = target();
        return registry -> describe(reference, registry.fetch(reference, target));
    }

    /** The destination as the core takes it: a directory that exists, or a file path. */
    private Path target() throws IOException {
        Path base = project().map(p -> p.getBasedir().toPath()).orElseGet(() -> Path.of("").toAbsolutePath());
        if (!VersionParameters.given(destination)) {
            Path directory = project().map(p -> Path.of(p.getBuild().getOutputDirectory(), "models")).orElse(base);
            return Files.createDirectories(directory);
        }
        String given = destination.strip();
        Path path = base.resolve(given).normalize();
        return given.endsWith("/") || given.endsWith("\\") ? Files.createDirectories(path) : path;
    }

    private static GoalResult describe(ModelReference asked, FetchResult result) {
        String line = "Fetched " + result.version() + (asked.toString().equals(result.version().toString()) ? ""
                : " (" + asked + ")") + " to " + result.path() + ": " + result.digest() + ", verified"
                + (result.fromCache() ? ", from the local cache" : "");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", result.version().toString());
        json.put("asked", asked.toString());
        json.put("path", result.path().toString());
        json.put("sha256", result.digest().sha256());
        json.put("size", result.digest().size());
        json.put("fromCache", result.fromCache());
        return new GoalResult(List.of(line), json);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return VersionParameters.parameters(ref, Map.of());
    }
}
