package dev.modelregistry.core.policy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.modelregistry.core.artifact.ArtifactSettings;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.StoreKind;
import dev.modelregistry.core.card.DomainFields;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.yaml.StrictYamlReader;
import dev.modelregistry.core.yaml.YamlFields;
import dev.modelregistry.core.yaml.YamlMapping;

/**
 * Reads {@code registry.yaml}. Everything in it is optional: a missing {@code stages} mapping
 * means the default stage graph, a missing {@code retention} the default retention, and
 * {@code initialStage} defaults to {@code development} with the default graph, else to the
 * first stage listed. A missing {@code artifacts} mapping means the embedded directory store,
 * and a missing {@code owners} mapping no owners.
 */
public final class PolicyYaml {

    /** The format version this library reads and writes. */
    public static final long FORMAT_VERSION = 1;

    /** A model name pattern that stays inside {@code models/} when a {@code CODEOWNERS} path is made of it. */
    private static final Pattern MODEL_DIRECTORY_PATTERN = Pattern.compile("(?!.*\\.\\.)[A-Za-z0-9*?].*");

    private PolicyYaml() {
    }

    /**
     * Reads the policy file at {@code path} strictly, checking that every stage it names exists.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static RegistryPolicy read(String path, byte[] content) {
        return read(path, parse(path, content));
    }

    /**
     * The YAML tree of the policy file at {@code path}, read strictly; {@link #read(String, YamlMapping)}
     * maps it.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static YamlMapping parse(String path, byte[] content) {
        return StrictYamlReader.standard().read(path, content);
    }

    /**
     * Maps {@code root}, the strictly read policy file at {@code path}, checking that every stage
     * it names exists.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static RegistryPolicy read(String path, YamlMapping root) {
        YamlFields f = YamlFields.of(path, root);
        long format = f.optionalLong("formatVersion").orElse(FORMAT_VERSION);
        if (format != FORMAT_VERSION) {
            throw f.invalid("formatVersion", "this registry uses format " + format + " and this library reads "
                    + FORMAT_VERSION, "upgrade Model Registry");
        }
        RegistryPolicy defaults = RegistryPolicy.defaults();
        Map<StageName, StageRule> stages = f.mapping("stages").map(PolicyYaml::stages).orElse(defaults.stages());
        StageName initial = f.optionalString("initialStage")
                .map(text -> DomainFields.parse(f, "initialStage", text, StageName::of))
                .orElse(stages.containsKey(defaults.initialStage()) ? defaults.initialStage()
                        : stages.keySet().iterator().next());
        RetentionPolicy retention = f.mapping("retention").map(PolicyYaml::retention).orElse(RetentionPolicy.DEFAULT);
        ArtifactSettings artifacts = f.mapping("artifacts").map(PolicyYaml::artifacts).orElse(ArtifactSettings.DEFAULT);
        Owners owners = f.mapping("owners").map(o -> owners(o, stages.keySet())).orElse(Owners.NONE);
        f.finish();
        try {
            return new RegistryPolicy(initial, stages, retention, artifacts, owners);
        } catch (IllegalArgumentException e) {
            throw f.invalid("stages", e.getMessage(), "list every stage you name under stages");
        }
    }

    private static Map<StageName, StageRule> stages(YamlFields f) {
        Map<StageName, StageRule> stages = new LinkedHashMap<>();
        Map<StageName, YamlFields> fields = new LinkedHashMap<>();
        for (Map.Entry<String, YamlFields> entry : f.mappingEntries().entrySet()) {
            StageName name = DomainFields.parse(f, entry.getKey(), entry.getKey(), StageName::of);
            stages.put(name, stage(name, entry.getValue()));
            fields.put(name, entry.getValue());
        }
        if (stages.isEmpty()) {
            throw f.invalid("stages", "no stages are listed", "list at least one stage, or leave stages out");
        }
        for (StageRule rule : stages.values()) {
            rule.demoteTo().map(stages::get).filter(StageRule::exclusive).ifPresent(target -> {
                throw fields.get(rule.name()).invalid("demoteTo", "demotes into " + target.name()
                        + ", an exclusive stage, which would then hold two versions of a model",
                        "demote into a stage that is not exclusive, such as deprecated");
            });
        }
        return stages;
    }

    private static StageRule stage(StageName name, YamlFields f) {
        List<StageName> targets = DomainFields.list(f, "to", StageName::of);
        boolean exclusive = f.optionalBoolean("exclusive").orElse(false);
        Optional<StageName> demoteTo = f.optionalString("demoteTo")
                .map(text -> DomainFields.parse(f, "demoteTo", text, StageName::of));
        if (exclusive && demoteTo.isEmpty()) {
            throw f.invalid("exclusive", "an exclusive stage must say where its previous holder goes",
                    "add demoteTo: deprecated (or another stage)");
        }
        if (demoteTo.filter(name::equals).isPresent()) {
            throw f.invalid("demoteTo", "the stage demotes into itself, so it would hold two versions of a model",
                    "demote into another stage, such as deprecated");
        }
        if (!exclusive && demoteTo.isPresent()) {
            throw f.invalid("demoteTo", "only an exclusive stage demotes its holder", "add exclusive: true or remove demoteTo");
        }
        boolean protectedStage = f.optionalBoolean("protected").orElse(false);
        boolean reviewed = f.optionalBoolean("reviewed").orElse(false);
        StageRequirements requires = f.mapping("requires").map(PolicyYaml::requirements).orElse(StageRequirements.NONE);
        return new StageRule(name, targets, exclusive, demoteTo, protectedStage, reviewed, requires);
    }

    private static StageRequirements requirements(YamlFields f) {
        List<MetricPredicate> metrics = DomainFields.list(f, "metrics", MetricPredicate::parse);
        Set<RequiredField> fields = EnumSet.noneOf(RequiredField.class);
        for (String path : f.stringList("fields")) {
            fields.add(RequiredField.byPath(path).orElseThrow(() -> f.invalid("fields", "\"" + path
                    + "\" is not a field a stage can require", "use one of: " + RequiredField.allPaths())));
        }
        return new StageRequirements(metrics, fields);
    }

    private static Owners owners(YamlFields f, Set<StageName> known) {
        List<Owner> registry = ownerList(f, "registry");
        Map<ModelNamePattern, List<Owner>> models = new LinkedHashMap<>();
        f.mapping("models").ifPresent(m -> {
            for (String pattern : m.keys()) {
                ModelNamePattern parsed = DomainFields.parse(m, pattern, pattern, ModelNamePattern::of);
                if (!MODEL_DIRECTORY_PATTERN.matcher(pattern).matches()) {
                    throw m.invalid(pattern, "\"" + pattern + "\" cannot name model directories: it starts with '.'"
                            + " or '-', or holds \"..\"", "start the pattern with a letter, a digit or a wildcard,"
                            + " such as \"fraud-*\"");
                }
                models.put(parsed, ownerList(m, pattern));
            }
        });
        Map<StageName, List<Owner>> stages = new LinkedHashMap<>();
        f.mapping("stages").ifPresent(m -> {
            for (String stage : m.keys()) {
                List<Owner> owners = ownerList(m, stage);
                owners.stream().filter(owner -> !owner.isEmail()).findFirst().ifPresent(owner -> {
                    throw m.invalid(stage, "the stage owner " + owner + " is not an e-mail address; a stage's"
                            + " owners are matched against who made or merged each change into the stage, which"
                            + " Git records by e-mail", "name each stage owner by the e-mail address their commits"
                            + " and merges carry, such as alice@example.com");
                });
                StageName name = DomainFields.parse(m, stage, stage, StageName::of);
                if (!known.contains(name)) {
                    throw m.invalid(stage, "\"" + stage + "\" is not one of the stages",
                            "name a stage of the registry: " + known.stream().map(StageName::value)
                                    .collect(Collectors.joining(", ")));
                }
                stages.put(name, owners);
            }
        });
        return new Owners(registry, models, stages);
    }

    /**
     * The owners listed under {@code key}: at least one, each valid. The registry's owners are
     * required: they own {@code registry.yaml} and {@code CODEOWNERS}, so that no one else can
     * change the owners.
     */
    private static List<Owner> ownerList(YamlFields f, String key) {
        List<Owner> owners = DomainFields.list(f, key, Owner::of);
        if (owners.isEmpty()) {
            throw f.invalid(key, "no owners are listed", "list at least one owner, such as [\"@acme/ml-platform\"]"
                    + (key.equals("registry") ? "; the registry's owners own registry.yaml and CODEOWNERS, so that"
                    + " no one else can change the owners" : ", or leave " + key + " out"));
        }
        return owners;
    }

    private static RetentionPolicy retention(YamlFields f) {
        long keep = f.optionalLong("keepLatest").orElse((long) RetentionPolicy.DEFAULT.keepLatest());
        if (keep < 0 || keep > Integer.MAX_VALUE) {
            throw f.invalid("keepLatest", keep + " is not a count of versions", "write a whole number, 0 or more");
        }
        return new RetentionPolicy((int) keep);
    }

    private static ArtifactSettings artifacts(YamlFields f) {
        StoreKind store = f.optionalString("store").map(name -> StoreKind.byYamlName(name).orElseThrow(() -> f.invalid(
                "store", "\"" + name + "\" is not an artifact store", "use one of: " + StoreKind.yamlNames())))
                .orElse(StoreKind.DIRECTORY);
        Optional<MavenRepository> maven = f.mapping("maven").map(PolicyYaml::mavenRepository);
        if (store == StoreKind.MAVEN && maven.isEmpty()) {
            throw f.invalid("store", "the maven store needs a Maven repository",
                    "add maven: with url: \"https://...\", or use store: directory");
        }
        return new ArtifactSettings(store, maven);
    }

    private static MavenRepository mavenRepository(YamlFields f) {
        MavenRepository repository = DomainFields.required(f, "url", MavenRepository::at);
        repository = DomainFields.parse(f, "groupId", f.optionalString("groupId").orElse(repository.groupId()),
                repository::withGroupId);
        return DomainFields.parse(f, "serverId", f.optionalString("serverId").orElse(repository.serverId()),
                repository::withServerId);
    }
}
