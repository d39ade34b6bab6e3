package dev.modelregistry.core.bench;

import java.util.List;

/**
 * The {@code card.yaml} of one generated version, written as the registry's writer writes it:
 * every string double-quoted, fields in the writer's order, empty ones left out. Metrics are
 * given as the decimal text the writer would print; the artifact is a 1 MiB ONNX file in the
 * directory store, named by {@code sha256}; the framework is {@code xgboost} and the author
 * {@link FastImportStream#AUTHOR}.
 */
public record GeneratedCard(String name, String version, String stage, String createdAt, String description,
        String taskType, String accuracy, String auc, List<String> tags, String sha256) {

    /** The path of the card of {@code name@version} in the registry tree. */
    public static String path(String name, String version) {
        return "models/" + name + "/" + version + "/card.yaml";
    }

    /** The card's YAML text. */
    public String yaml() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: \"").append(name).append("\"\nversion: \"").append(version).append("\"\nstage: \"")
                .append(stage).append("\"\ncreatedAt: \"").append(createdAt).append("\"\ncreatedBy: \"")
                .append(FastImportStream.AUTHOR).append("\"\ndescription: \"").append(description)
                .append("\"\nframework: \"xgboost\"\ntaskType: \"").append(taskType).append("\"\nmetrics:\n  accuracy: ")
                .append(accuracy).append("\n  auc: ").append(auc).append('\n');
        GeneratedYaml.appendList(yaml, "tags", tags);
        yaml.append("artifact:\n  uri: \"store:sha256/").append(sha256).append("\"\n  sha256: \"").append(sha256)
                .append("\"\n  size: 1048576\n  format: \"onnx\"\n");
        return yaml.toString();
    }
}
