package dev.modelregistry.core.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.yaml.StrictYamlReader;
import dev.modelregistry.core.yaml.YamlFields;
import dev.modelregistry.core.yaml.YamlMapping;
import dev.modelregistry.core.yaml.YamlWriter;

/** Maps a {@link RegisteredModel} to and from {@code model.yaml}; empty fields are left out. */
public final class ModelYaml {

    private ModelYaml() {
    }

    /** The YAML text of {@code model}. */
    public static byte[] write(RegisteredModel model) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", model.name().value());
        Yamls.putText(root, "description", model.description());
        Yamls.putText(root, "owner", model.owner());
        Yamls.putText(root, "taskType", model.taskType());
        Yamls.putList(root, "tags", model.tags().stream().map(Tag::value).toList());
        Map<String, Object> aliases = new LinkedHashMap<>();
        model.aliases().forEach((alias, version) -> aliases.put(alias.value(), version.toString()));
        Yamls.putMap(root, "aliases", aliases);
        return YamlWriter.write(root);
    }

    /**
     * Reads the model file at {@code path} strictly and checks that it describes {@code expected}.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static RegisteredModel read(String path, byte[] content, ModelName expected) {
        return read(path, StrictYamlReader.standard().read(path, content), expected);
    }

    /**
     * Maps {@code root}, the strictly read model file at {@code path}, and checks that it describes
     * {@code expected}.
     *
     * @throws dev.modelregistry.core.InvalidRegistryFileException naming the file, line and fix
     */
    public static RegisteredModel read(String path, YamlMapping root, ModelName expected) {
        YamlFields f = YamlFields.of(path, root);
        ModelName name = DomainFields.required(f, "name", ModelName::of);
        if (!name.equals(expected)) {
            throw f.invalid("name", "the file says \"" + name + "\" but it is stored under \"" + expected + "\"",
                    "make the name match the model's directory");
        }
        String description = f.optionalString("description").orElse("");
        String owner = f.optionalString("owner").orElse("");
        String taskType = f.optionalString("taskType").orElse("");
        List<Tag> tags = DomainFields.list(f, "tags", Tag::of);
        Map<AliasName, Version> aliases = new LinkedHashMap<>();
        f.stringMap("aliases").forEach((alias, version) -> aliases.put(
                DomainFields.parse(f, "aliases", alias, AliasName::of),
                DomainFields.parse(f, "aliases", version, Version::parse)));
        f.finish();
        return new RegisteredModel(name, description, owner, taskType, tags, aliases);
    }
}
