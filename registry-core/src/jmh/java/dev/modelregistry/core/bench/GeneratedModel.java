package dev.modelregistry.core.bench;

import java.util.List;
import java.util.Optional;

/**
 * The {@code model.yaml} of one generated model, written as the registry's writer writes it:
 * every string double-quoted, fields in the writer's order, empty ones left out. The model is
 * owned by {@code team-bench}; {@code champion} is its one alias, when it has one.
 */
public record GeneratedModel(String name, String description, String taskType, List<String> tags,
        Optional<String> champion) {

    /** The path of the model file of {@code name} in the registry tree. */
    public static String path(String name) {
        return "models/" + name + "/model.yaml";
    }

    /** The model file's YAML text. */
    public String yaml() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: \"").append(name).append("\"\ndescription: \"").append(description)
                .append("\"\nowner: \"team-bench\"\n");
        if (!taskType.isEmpty()) {
            yaml.append("taskType: \"").append(taskType).append("\"\n");
        }
        GeneratedYaml.appendList(yaml, "tags", tags);
        champion.ifPresent(version -> yaml.append("aliases:\n  champion: \"").append(version).append("\"\n"));
        return yaml.toString();
    }
}
