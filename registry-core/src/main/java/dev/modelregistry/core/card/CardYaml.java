package dev.modelregistry.core.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ParameterName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.yaml.StrictYamlReader;
import dev.modelregistry.core.yaml.YamlFields;
import dev.modelregistry.core.yaml.YamlMapping;
import dev.modelregistry.core.yaml.YamlWriter;

/**
 * Maps a {@link ModelCard} to and from {@code card.yaml}. The field names and their order are the
 * contract in {@code docs/registry-format.md}; empty fields are left out when writing.
 */
public final class CardYaml {


    private CardYaml() {
    }

    /** The YAML text of {@code card}. */
    public static byte[] write(ModelCard card) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", card.name().value());
        root.put("version", card.version().toString());
        root.put("stage", card.stage().value());
        root.put("createdAt", card.createdAt().toString());
        root.put("createdBy", card.createdBy());
        Yamls.putText(root, "description", card.description());
        Yamls.putText(root, "modelType", card.modelType());
        Yamls.putText(root, "framework", card.framework());
        Yamls.putText(root, "taskType", card.taskType());
        Map<String, Object> metrics = new LinkedHashMap<>();
        card.metrics().forEach((name, value) -> metrics.put(name, BigDecimal.valueOf(value).stripTrailingZeros()));
        Yamls.putMap(root, "metrics", metrics);
        Yamls.putMap(root, "hyperparameters", card.hyperparameters());
        Yamls.putList(root, "tags", card.tags().stream().map(Tag::value).toList());
        root.put("artifact", artifact(card.artifact()));
        Yamls.putList(root, "exports", card.exports().stream().map(CardYaml::export).toList());
        Yamls.putMap(root, "lineage", lineage(card.lineage()));
        Yamls.putText(root, "configHash", card.configHash());
        Map<String, Object> resources = new LinkedHashMap<>();
        Yamls.putSize(resources, "modelSizeBytes", card.resources().modelSizeBytes());
        Yamls.putSize(resources, "memoryBytes", card.resources().memoryBytes());
        Yamls.putMap(root, "resources", resources);
        Yamls.putMap(root, "metadata", card.metadata());
        Yamls.putMap(root, "card", prose(card.prose()));
        return YamlWriter.write(root);
    }

    private static Map<String, Object> artifact(Artifact artifact) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("uri", artifact.uri());
        map.put("sha256", artifact.sha256());
        map.put("size", artifact.size());
        Yamls.putText(map, "format", artifact.format());
        return map;
    }

    private static Map<String, Object> export(ExportedArtifact export) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("format", export.format());
        map.put("uri", export.uri());
        map.put("sha256", export.sha256());
        Yamls.putMap(map, "details", new java.util.TreeMap<>(export.details()));
        return map;
    }

    private static Map<String, Object> lineage(Lineage lineage) {
        Map<String, Object> map = new LinkedHashMap<>();
        Yamls.putList(map, "parents", lineage.parents().stream().map(VersionId::toString).toList());
        Yamls.putList(map, "datasets", lineage.datasets().stream().map(CardYaml::dataset).toList());
        Map<String, Object> source = new LinkedHashMap<>();
        Yamls.putText(source, "repository", lineage.sourceRepository());
        Yamls.putText(source, "commit", lineage.sourceCommit());
        Yamls.putMap(map, "source", source);
        Map<String, Object> build = new LinkedHashMap<>();
        Yamls.putText(build, "id", lineage.buildId());
        Yamls.putText(build, "url", lineage.buildUrl());
        Yamls.putMap(map, "build", build);
        return map;
    }

    private static Map<String, Object> dataset(Dataset dataset) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("uri", dataset.uri());
        Yamls.putText(map, "version", dataset.version());
        Yamls.putText(map, "sha256", dataset.sha256());
        return map;
    }

    private static Map<String, Object> prose(CardProse prose) {
        Map<String, Object> map = new LinkedHashMap<>();
        Yamls.putText(map, "intendedUse", prose.intendedUse());
        Yamls.putText(map, "limitations", prose.limitations());
        Yamls.putText(map, "ethicalConsiderations", prose.ethicalConsiderations());
        Yamls.putList(map, "features", prose.features());
        return map;
    }

    /**
     * The YAML tree of the card file at {@code path}, read strictly; {@link #read(String, YamlMapping, VersionId)}
     * maps it.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static YamlMapping parse(String path, byte[] content) {
        return StrictYamlReader.standard().read(path, content);
    }

    /**
     * Reads the card at {@code path} strictly, and checks that it is the card of {@code expected}.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static ModelCard read(String path, byte[] content, VersionId expected) {
        return read(path, parse(path, content), expected);
    }

    /**
     * Maps {@code root}, the strictly read card at {@code path}, and checks that it is the card of
     * {@code expected}.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static ModelCard read(String path, YamlMapping root, VersionId expected) {
        YamlFields f = YamlFields.of(path, root);
        ModelName name = DomainFields.required(f, "name", ModelName::of);
        Version version = DomainFields.required(f, "version", Version::parse);
        if (!name.equals(expected.name()) || !version.equals(expected.version())) {
            throw f.invalid("name", "the card says " + name + "@" + version + " but it is stored as " + expected,
                    "make name and version match the card's directory");
        }
        StageName stage = DomainFields.required(f, "stage", StageName::of);
        Instant createdAt = DomainFields.required(f, "createdAt", text -> instant(f, text));
        String createdBy = f.requiredString("createdBy");
        String description = f.optionalString("description").orElse("");
        String modelType = f.optionalString("modelType").orElse("");
        String framework = f.optionalString("framework").orElse("");
        String taskType = f.optionalString("taskType").orElse("");
        Map<String, Double> metrics = metrics(f);
        Map<String, String> hyperparameters = f.stringMap("hyperparameters");
        hyperparameters.keySet().forEach(key -> DomainFields.parse(f, "hyperparameters", key, ParameterName::of));
        List<Tag> tags = DomainFields.list(f, "tags", Tag::of);
        Artifact artifact = f.mapping("artifact").map(CardYaml::readArtifact)
                .orElseThrow(() -> f.invalid("artifact", "the artifact is missing", "add artifact: uri, sha256 and size"));
        List<ExportedArtifact> exports = f.mappingList("exports").stream().map(CardYaml::readExport).toList();
        Lineage lineage = f.mapping("lineage").map(CardYaml::readLineage).orElse(Lineage.NONE);
        String configHash = f.optionalString("configHash").orElse("");
        Resources resources = f.mapping("resources").map(CardYaml::readResources).orElse(Resources.NONE);
        Map<String, Object> metadata = f.freeForm("metadata");
        CardProse prose = f.mapping("card").map(CardYaml::readProse).orElse(CardProse.NONE);
        f.finish();
        return Yamls.construct(f, () -> new ModelCard(name, version, stage, createdAt, createdBy, description, modelType,
                framework, taskType, metrics, hyperparameters, tags, artifact, exports, lineage, configHash,
                resources, metadata, prose));
    }

    private static Instant instant(YamlFields f, String text) {
        try {
            return UtcTimestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw f.invalid("createdAt", "\"" + text + "\" is not a UTC timestamp",
                    "write it like \"2026-11-22T10:15:30Z\"");
        }
    }

    private static Map<String, Double> metrics(YamlFields f) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        f.numberMap("metrics").forEach((key, value) -> {
            DomainFields.parse(f, "metrics", key, MetricName::of);
            double number = value.doubleValue();
            if (!Double.isFinite(number) || (number == 0 && value.signum() != 0)) {
                throw f.invalid("metrics", key + " is out of range",
                        "write a number that a 64-bit float holds, between 4.9e-324 and 1.7e+308 in size");
            }
            metrics.put(key, number);
        });
        return metrics;
    }

    private static Artifact readArtifact(YamlFields f) {
        String uri = f.requiredString("uri");
        String sha256 = f.requiredString("sha256");
        long size = f.optionalLong("size").orElseThrow(() -> f.invalid("size", "the size is missing",
                "add size: the artifact's length in bytes"));
        String format = f.optionalString("format").orElse("");
        return Yamls.construct(f, () -> new Artifact(uri, sha256, size, format));
    }

    private static ExportedArtifact readExport(YamlFields f) {
        String format = f.requiredString("format");
        String uri = f.requiredString("uri");
        String sha256 = f.requiredString("sha256");
        Map<String, String> details = f.stringMap("details");
        return Yamls.construct(f, () -> new ExportedArtifact(format, uri, sha256, details));
    }

    private static Lineage readLineage(YamlFields f) {
        List<VersionId> parents = DomainFields.list(f, "parents", VersionId::parse);
        List<Dataset> datasets = f.mappingList("datasets").stream().map(CardYaml::readDataset).toList();
        YamlFields source = f.mapping("source").orElse(null);
        YamlFields build = f.mapping("build").orElse(null);
        return new Lineage(parents, datasets, Yamls.text(source, "repository"), Yamls.text(source, "commit"),
                Yamls.text(build, "id"), Yamls.text(build, "url"));
    }

    private static Dataset readDataset(YamlFields f) {
        String uri = f.requiredString("uri");
        String version = f.optionalString("version").orElse("");
        String sha256 = f.optionalString("sha256").orElse("");
        return Yamls.construct(f, () -> new Dataset(uri, version, sha256));
    }

    private static Resources readResources(YamlFields f) {
        long size = f.optionalLong("modelSizeBytes").orElse(0L);
        long memory = f.optionalLong("memoryBytes").orElse(0L);
        if (size < 0 || memory < 0) {
            throw f.invalid(size < 0 ? "modelSizeBytes" : "memoryBytes", "a size cannot be negative",
                    "write a number of bytes, or leave it out");
        }
        return new Resources(size, memory);
    }

    private static CardProse readProse(YamlFields f) {
        return new CardProse(f.optionalString("intendedUse").orElse(""), f.optionalString("limitations").orElse(""),
                f.optionalString("ethicalConsiderations").orElse(""), f.stringList("features"));
    }
}
