package dev.modelregistry.core.bench.cards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.modelregistry.core.bench.GeneratedCard;
import dev.modelregistry.core.bench.GeneratedModel;
import dev.modelregistry.core.bench.HistoryRegistryGenerator;
import dev.modelregistry.core.testing.Samples;

/**
 * One generated model and the fate of its versions {@code 1.0.0}, {@code 1.1.0}, ...: which one
 * ends in production (one of the newer half), which one held production before it and ended
 * deprecated, which one (for about a fifth of the models) waits in staging; the rest stay in
 * development. Every version has an accuracy in [0.80, 0.94) and an AUC in [0.85, 0.99), in steps
 * of 0.0001, so that about 2 in 7 production versions have an accuracy of at least 0.9. The task
 * type and tags follow from the model's index; the model's tags are its versions' tags.
 */
final class ModelPlan {

    private static final List<String> TASKS = List.of("classification", "classification", "ranking",
            "anomaly-detection");
    private static final List<String> DATA = List.of("tabular", "text", "images");
    private static final int TEAMS = 7;
    private static final String DESCRIPTION = "Gradient-boosted trees, generated for the card benchmarks";

    private final String name;
    private final String taskType;
    private final List<String> tags;
    private final int production;
    private final int staging;
    private final String[] accuracy;
    private final String[] auc;
    private final String[] createdAt;

    ModelPlan(int index, int versions, Random random) {
        name = HistoryRegistryGenerator.modelName(index);
        taskType = TASKS.get(index % TASKS.size());
        tags = index % 10 == 0 ? List.of(DATA.get(index % DATA.size()), "pii", "team:t" + index % TEAMS)
                : List.of(DATA.get(index % DATA.size()), "team:t" + index % TEAMS);
        production = versions / 2 + random.nextInt(versions - versions / 2);
        staging = production < versions - 1 && random.nextInt(5) == 0
                ? production + 1 + random.nextInt(versions - 1 - production) : -1;
        accuracy = new String[versions];
        auc = new String[versions];
        createdAt = new String[versions];
        for (int v = 0; v < versions; v++) {
            accuracy[v] = decimal(8000 + random.nextInt(1400));
            auc[v] = decimal(8500 + random.nextInt(1400));
        }
    }

    /** The metric {@code tenThousandths} / 10,000 as the registry's writer prints it. */
    private static String decimal(int tenThousandths) {
        return BigDecimal.valueOf(tenThousandths, 4).stripTrailingZeros().toPlainString();
    }

    String name() {
        return name;
    }

    /** The number of versions. */
    int versions() {
        return accuracy.length;
    }

    /** The index of the version that ends in production. */
    int production() {
        return production;
    }

    /** The index of the version that held production before, and ends deprecated; -1 for none. */
    int previousProduction() {
        return production - 1;
    }

    /** The index of the version that ends in staging; -1 for none. */
    int staging() {
        return staging;
    }

    /** The version string of the {@code index}th version. */
    static String version(int index) {
        return "1." + index + ".0";
    }

    /** The made-up digest of the {@code index}th version's artifact. */
    String sha256(int index) {
        return Samples.sha256(name + "@" + version(index));
    }

    /** Records when the {@code index}th version was registered (ISO-8601, UTC). */
    void registered(int index, String instant) {
        createdAt[index] = instant;
    }

    /** The stage the {@code index}th version ends in. */
    String finalStage(int index) {
        if (index == production) {
            return "production";
        }
        if (index == staging) {
            return "staging";
        }
        return index == previousProduction() ? "deprecated" : "development";
    }

    /** The path and text of the {@code index}th version's card in {@code stage}; it must have been registered. */
    String card(int index, String stage) {
        return new GeneratedCard(name, version(index), stage, createdAt[index], DESCRIPTION, taskType, accuracy[index],
                auc[index], tags, sha256(index)).yaml();
    }

    /** The text of the model's {@code model.yaml}. */
    String model() {
        return new GeneratedModel(name, "A generated " + taskType + " model", taskType, tags, Optional.empty()).yaml();
    }

    /** The path of the {@code index}th version's card. */
    String cardPath(int index) {
        return GeneratedCard.path(name, version(index));
    }

    /** The path of the model's {@code model.yaml}. */
    String modelPath() {
        return GeneratedModel.path(name);
    }
}
