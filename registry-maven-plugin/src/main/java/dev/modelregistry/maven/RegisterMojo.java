package dev.modelregistry.maven;

import static dev.modelregistry.maven.ParameterException.blame;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistrationResult;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.MavenCoordinates;
import dev.modelregistry.core.artifact.StoreKind;
import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.lineage.SourceLocation;
import dev.modelregistry.core.lineage.SourceLocator;

/**
 * Registers the model the build produced as a new version: its file, stored in the registry's
 * artifact store, with its SHA-256 and size; the metrics and hyperparameters the training wrote;
 * and lineage from the build itself (the project's coordinates under
 * {@code metadata.maven.project}, the Git remote and commit, the CI build). The store is the
 * directory beside the registry unless {@code registry.yaml} or {@code model.repositoryUrl} names a
 * Maven repository; with {@code model.artifactUri} the file stays at that {@code https:} address.
 * Rerunning the same CI build with the same model file returns the version registered the first
 * time. Writes {@code target/model-registry/registered.properties} for later steps.
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = true, threadSafe = true)
public class RegisterMojo extends AbstractArtifactMojo {

    private static final Map<Input, PluginParameter> PARAMETERS = parameterMap();
    private static final PluginParameter ARTIFACT_URI = new PluginParameter("model.artifactUri", "artifactUri",
            "https://models.example.com/churn-1.2.0.onnx");
    private static final PluginParameter GROUP_ID = new PluginParameter("model.groupId", "groupId", "com.example.models");

    /** The model's name. */
    @Parameter(property = "model.name", defaultValue = "${project.artifactId}", required = true)
    private String name;

    /** The exact version to register, such as {@code 1.2.0}; when not set, {@code model.bump} picks it. */
    @Parameter(property = "model.version")
    private String version;

    /**
     * How to derive the version from the greatest registered one when {@code model.version} is not
     * set: {@code major}, {@code minor} or {@code patch}. The first version of a model is 0.0.1,
     * 0.1.0 or 1.0.0.
     */
    @Parameter(property = "model.bump", defaultValue = "patch", required = true)
    private String bump;

    /** The model file. Default: the project's main artifact, such as the jar the build packaged. */
    @Parameter(property = "model.file")
    private File file;

    /**
     * The model file's format, such as {@code onnx}, {@code tribuo} or {@code pmml}; in lower case
     * it is also the file's extension in a Maven repository and when fetched ({@code bin} when not set).
     */
    @Parameter(property = "model.format")
    private String format;

    /**
     * Records the model file as a reference to this {@code https:} address instead of storing it:
     * nothing is uploaded, and the digest and size are computed from {@code model.file}, which must
     * be the same bytes. Every fetch and verify checks them.
     */
    @Parameter(property = "model.artifactUri")
    private String artifactUri;

    /**
     * The groupId the model file is deployed under in a Maven repository, as
     * {@code <groupId>:<model name>:<version>}. Default: {@code artifacts.maven.groupId} in
     * {@code registry.yaml}, else {@code models}.
     */
    @Parameter(property = "model.groupId")
    private String groupId;

    /**
     * A file of metrics the training wrote, name to number: JSON ({@code {"accuracy": 0.93}}), YAML
     * or {@code .properties}, told apart by the extension.
     */
    @Parameter(property = "model.metricsFile")
    private File metricsFile;

    /**
     * A file of hyperparameters the training wrote, name to a text, number or boolean, each kept as
     * its exact text: JSON, YAML or {@code .properties}, told apart by the extension.
     */
    @Parameter(property = "model.hyperparametersFile")
    private File hyperparametersFile;

    /** Labels for the version, such as {@code tabular,team=growth}. */
    @Parameter(property = "model.tags")
    private List<String> tags;

    /** What this version is. */
    @Parameter(property = "model.description")
    private String description;

    /** The algorithm or model family, such as {@code gradient-boosted-trees}. */
    @Parameter(property = "model.modelType")
    private String modelType;

    /** The library that trained it, such as {@code xgboost}. */
    @Parameter(property = "model.framework")
    private String framework;

    /** The task, such as {@code classification}. */
    @Parameter(property = "model.taskType")
    private String taskType;

    /** The model's owner, recorded when the model is registered for the first time. */
    @Parameter(property = "model.owner")
    private String owner;

    /** The versions this one was derived from, as {@code name@version}, such as {@code churn-base@2.0.0}. */
    @Parameter(property = "model.parents")
    private List<String> parents;

    /**
     * The datasets the model was trained or evaluated on: {@code dataset} elements, each with a
     * {@code uri} and optionally a {@code version} and a {@code sha256} (64 lower-case hex digits).
     */
    @Parameter
    private List<DatasetParameter> datasets;

    /** One more dataset, by URI only; handy on the command line. */
    @Parameter(property = "model.dataset")
    private String dataset;

    /**
     * The id of the training run or CI build. Default: from the CI's environment (GitHub Actions,
     * GitLab CI, Jenkins). Registering the same model file again with the same build id returns the
     * existing version.
     */
    @Parameter(property = "model.buildId")
    private String buildId;

    /** A link to the training run or CI build. Default: from the CI's environment. */
    @Parameter(property = "model.buildUrl")
    private String buildUrl;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    protected RegistryCall prepare() throws IOException {
        Path model = modelFile();
        FileDigest digest = FileDigest.of(model);
        String modelFormat = textOrEmpty(format);
        Optional<URI> reference = Optional.ofNullable(text(artifactUri))
                .map(uri -> blame(ARTIFACT_URI, () -> referenceUri(uri)));
        if (text(groupId) != null) {
            blame(GROUP_ID, () -> {
                MavenCoordinates.checkGroupId(text(groupId));
                return groupId;
            });
        }
        Function<Artifact, RegisterRequest.Builder> request = request(lineage());
        Path registeredFile = RegisteredFile.in(Path.of(project.getBuild().getDirectory()));
        return registry -> {
            RegistrationResult result = reference.isPresent()
                    ? registry.register(request.apply(blame(ARTIFACT_URI, () -> registry.referenceArtifact(
                            reference.get(), digest.sha256(), digest.size(), modelFormat))).build())
                    : new StoredRegistration(request, getLog()).register(registry, model, digest, modelFormat);
            RegisteredFile.write(registeredFile, result.card());
            return describe(result);
        };
    }

    @Override
    protected ArtifactOptions refine(ArtifactOptions options, boolean repositoryGiven) {
        ArtifactOptions refined = options;
        if (text(groupId) != null) {
            if (options.repository().isEmpty()) {
                getLog().warn("model.groupId is ignored: no Maven repository is configured");
            }
            refined = options.repository().map(repository -> options.withRepository(repository
                    .withGroupId(text(groupId)))).orElse(options);
        }
        return repositoryGiven ? refined.withStore(StoreKind.MAVEN) : refined;
    }

    /** The request for the model file stored as {@code artifact}, with the version or bump asked for. */
    private Function<Artifact, RegisterRequest.Builder> request(Lineage lineage) throws IOException {
        Map<String, Double> metrics = metricsFile == null ? Map.of() : ValueFileReader.metrics(metricsFile.toPath());
        Map<String, String> hyperparameterValues = hyperparametersFile == null ? Map.of()
                : ValueFileReader.hyperparameters(hyperparametersFile.toPath());
        List<Tag> tagList = CommaList.items(tags).stream().map(Tag::of).toList();
        Optional<Version> explicit = Optional.ofNullable(text(version)).map(Version::parse);
        Bump bumpBy = Bump.parse(bump.strip());
        Map<String, Object> metadata = Map.of("maven", Map.of("project",
                project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion()));
        ModelName model = ModelName.of(name);
        return artifact -> {
            RegisterRequest.Builder builder = RegisterRequest.builder(model, artifact)
                    .owner(textOrEmpty(owner))
                    .description(textOrEmpty(description))
                    .modelType(textOrEmpty(modelType))
                    .framework(textOrEmpty(framework))
                    .taskType(textOrEmpty(taskType))
                    .metrics(metrics)
                    .hyperparameters(hyperparameterValues)
                    .tags(tagList)
                    .lineage(lineage)
                    .metadata(metadata);
            return explicit.map(builder::version).orElseGet(() -> builder.bump(bumpBy));
        };
    }

    /** The {@code https:} address of a reference, checked before the registry is opened. */
    private static URI referenceUri(String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new RegistryUsageException(Input.ARTIFACT, "The artifact URI \"" + text + "\" is not an https://"
                        + " address; a reference records a file that stays on an https:// server.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RegistryUsageException(Input.ARTIFACT, "Invalid artifact URI \"" + text + "\": " + e.getReason()
                    + ". Write an absolute https:// address.", e);
        }
    }

    private static GoalResult describe(RegistrationResult result) {
        ModelCard card = result.card();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", card.id().toString());
        json.put("name", card.name().value());
        json.put("version", card.version().toString());
        json.put("stage", card.stage().value());
        json.put("created", result.created());
        json.put("sha256", card.artifact().sha256());
        json.put("uri", card.artifact().uri());
        json.put("commit", result.commitId().orElse(""));
        String line = result.created() ? "Registered " + card.id() + " (" + card.stage() + "), artifact "
                + card.artifact().uri() : "Already registered as " + card.id();
        return new GoalResult(List.of(line), json);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    protected boolean createsRegistry() {
        return true;
    }

    private Path modelFile() {
        File chosen = file != null ? file : project.getArtifact().getFile();
        if (chosen == null) {
            throw new RegistryUsageException(Input.ARTIFACT, "No model file: " + project.getArtifactId()
                    + " (packaging " + project.getPackaging() + ") has no packaged artifact to register. Name the"
                    + " model file, or run model:register after the package phase.");
        }
        if (!chosen.isFile()) {
            throw new RegistryUsageException(Input.ARTIFACT, "Model file " + chosen + " does not exist or is not a"
                    + " file. Name the file the training wrote.");
        }
        return chosen.toPath().toAbsolutePath().normalize();
    }

    private Lineage lineage() {
        SourceLocation source = SourceLocator.locate(project.getBasedir().toPath());
        Optional<CiBuild> ci = CiBuild.detect(System.getenv());
        List<Dataset> allDatasets = new ArrayList<>();
        if (datasets != null) {
            datasets.forEach(configured -> allDatasets.add(configured.toDataset()));
        }
        if (dataset != null && !dataset.isBlank()) {
            allDatasets.add(new Dataset(dataset.strip(), "", ""));
        }
        return new Lineage(CommaList.items(parents).stream().map(parent -> as(Input.PARENT, parent, VersionId::parse)).toList(),
                allDatasets, source.repository(), source.commit(),
                buildId != null ? buildId.strip() : ci.map(CiBuild::id).orElse(""),
                buildUrl != null ? buildUrl.strip() : ci.map(CiBuild::url).orElse(""));
    }

    /** Parses {@code value}, reporting a grammar error as one about {@code input}. */
    private static <T> T as(Input input, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RegistryUsageException e) {
            throw new RegistryUsageException(input, e.getMessage(), e);
        }
    }

    /** {@code value} stripped, or empty when it is not given. */
    private static String textOrEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static Map<Input, PluginParameter> parameterMap() {
        Map<Input, PluginParameter> map = new EnumMap<>(Input.class);
        map.put(Input.NAME, PluginParameter.NAME);
        map.put(Input.VERSION, PluginParameter.VERSION);
        map.put(Input.BUMP, new PluginParameter("model.bump", "bump", "minor"));
        map.put(Input.ARTIFACT, new PluginParameter("model.file", "file", "target/churn.onnx"));
        map.put(Input.METRIC, new PluginParameter("model.metricsFile", "metricsFile", "target/metrics.json"));
        map.put(Input.HYPERPARAMETER, new PluginParameter("model.hyperparametersFile", "hyperparametersFile",
                "target/hyperparameters.properties"));
        map.put(Input.TAG, new PluginParameter("model.tags", "tags", "tabular,team=growth"));
        map.put(Input.PARENT, new PluginParameter("model.parents", "parents", "churn-base@2.0.0"));
        map.put(Input.DATASET, new PluginParameter("model.dataset", "datasets", "s3://data/churn/2026-11.parquet"));
        return map;
    }
}
