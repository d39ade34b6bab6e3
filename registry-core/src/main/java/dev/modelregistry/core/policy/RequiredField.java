package dev.modelregistry.core.policy;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.ModelCard;

/**
 * A card field that a stage can require to be filled in before a version may enter it, named in
 * {@code registry.yaml} by its path in {@code card.yaml}.
 */
public enum RequiredField {
    /** {@code description}. */
    DESCRIPTION("description", c -> !c.description().isBlank()),
    /** {@code modelType}. */
    MODEL_TYPE("modelType", c -> !c.modelType().isBlank()),
    /** {@code framework}. */
    FRAMEWORK("framework", c -> !c.framework().isBlank()),
    /** {@code taskType}. */
    TASK_TYPE("taskType", c -> !c.taskType().isBlank()),
    /** {@code tags}, at least one. */
    TAGS("tags", c -> !c.tags().isEmpty()),
    /** {@code artifact.format}. */
    ARTIFACT_FORMAT("artifact.format", c -> !c.artifact().format().isBlank()),
    /** {@code lineage.parents}, at least one. */
    PARENTS("lineage.parents", c -> !c.lineage().parents().isEmpty()),
    /** {@code lineage.datasets}, at least one. */
    DATASETS("lineage.datasets", c -> !c.lineage().datasets().isEmpty()),
    /** {@code lineage.source}: repository and commit. */
    SOURCE("lineage.source", c -> !c.lineage().sourceRepository().isBlank() && !c.lineage().sourceCommit().isBlank()),
    /** {@code lineage.build}: id or URL. */
    BUILD("lineage.build", c -> !c.lineage().buildKey().isBlank()),
    /** {@code configHash}. */
    CONFIG_HASH("configHash", c -> !c.configHash().isBlank()),
    /** {@code card.intendedUse}. */
    INTENDED_USE("card.intendedUse", c -> !c.prose().intendedUse().isBlank()),
    /** {@code card.limitations}. */
    LIMITATIONS("card.limitations", c -> !c.prose().limitations().isBlank()),
    /** {@code card.ethicalConsiderations}. */
    ETHICAL_CONSIDERATIONS("card.ethicalConsiderations", c -> !c.prose().ethicalConsiderations().isBlank());

    private final String path;
    private final Predicate<ModelCard> present;

    RequiredField(String path, Predicate<ModelCard> present) {
        this.path = path;
        this.present = present;
    }

    /** The field's path in {@code card.yaml}, as {@code registry.yaml} names it. */
    public String path() {
        return path;
    }

    /** True when {@code card} has this field filled in. */
    public boolean isPresentIn(ModelCard card) {
        return present.test(card);
    }

    /** The field with this path. */
    public static Optional<RequiredField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }

    /** Every path that can be required, for error messages. */
    public static String allPaths() {
        return Arrays.stream(values()).map(RequiredField::path).collect(Collectors.joining(", "));
    }
}
