package dev.modelregistry.core.bench.cards;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.modelregistry.core.bench.FastImportStream;
import dev.modelregistry.core.bench.GeneratedMessages;
import dev.modelregistry.core.bench.GeneratedRegistry;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;

/**
 * Generates a registry of {@code models} models with {@code versions} versions each through
 * {@code git fast-import}, as {@link ModelPlan} lays them out. With {@link Commits#PER_WRITE} the
 * history is what the registry's writer makes: versions are registered in rounds (version
 * {@code 1.0.0} of every model, then {@code 1.1.0} of every model, ...), one commit per
 * registration, and each move to staging or production is a commit of its own, the move into
 * production demoting the holder before to deprecated. With {@link Commits#PER_MODEL} each model
 * arrives whole in one commit without trailers, as an import by hand would add it: the same final
 * tree, written in a fraction of the time, for registries too large to write one registration at a
 * time. Every file is checked against the core's writer as it is generated ({@link WriterFormat}).
 */
final class CardRegistryGenerator {

    /** How the generated history is cut into commits. */
    enum Commits {
        /** One commit per registration and per stage move, with the writer's subjects and trailers. */
        PER_WRITE,
        /** One commit per model, holding all its versions in their final stages. */
        PER_MODEL
    }

    private static final String MAIN = "refs/heads/main";

    private final List<ModelPlan> plans = new ArrayList<>();
    private final Commits commits;
    private FastImportStream stream;
    private int head;

    private CardRegistryGenerator(int models, int versions, Commits commits) {
        Random random = new Random(7);
        for (int index = 0; index < models; index++) {
            plans.add(new ModelPlan(index, versions, random));
        }
        this.commits = commits;
    }

    /** Generates the registry into {@code dir} unless a complete one is there. */
    static Path generate(Path dir, int models, int versions, Commits commits) throws IOException,
            InterruptedException {
        CardRegistryGenerator generator = new CardRegistryGenerator(models, versions, commits);
        return GeneratedRegistry.generate(dir, models + " models, " + versions + " versions each, "
                + commits.name().toLowerCase().replace('_', ' ') + " commits", generator::write);
    }

    private void write(FastImportStream out) throws IOException {
        stream = out;
        if (commits == Commits.PER_MODEL) {
            for (ModelPlan plan : plans) {
                importWhole(plan);
            }
            return;
        }
        for (int round = 0; round < plans.get(0).versions(); round++) {
            for (ModelPlan plan : plans) {
                register(plan, round);
                if (round == plan.previousProduction() || round == plan.production()) {
                    promote(plan, round, "development", "staging");
                    promote(plan, round, "staging", "production");
                } else if (round == plan.staging()) {
                    promote(plan, round, "development", "staging");
                }
            }
        }
    }

    private void importWhole(ModelPlan plan) throws IOException {
        Map<String, String> files = new HashMap<>();
        files.put(plan.modelPath(), WriterFormat.model(plan.modelPath(), plan.name(), plan.model()));
        for (int index = 0; index < plan.versions(); index++) {
            plan.registered(index, Instant.ofEpochSecond(stream.nextTime()).toString());
            putCard(files, plan, index, plan.finalStage(index));
        }
        commit("Import " + plan.name() + ": " + plan.versions() + " versions\n", files);
    }

    private void register(ModelPlan plan, int index) throws IOException {
        plan.registered(index, Instant.ofEpochSecond(stream.nextTime()).toString());
        Map<String, String> files = new HashMap<>();
        putCard(files, plan, index, "development");
        if (index == 0) {
            files.put(plan.modelPath(), WriterFormat.model(plan.modelPath(), plan.name(), plan.model()));
        }
        commit(GeneratedMessages.register(plan.name(), ModelPlan.version(index), plan.sha256(index), Optional.empty())
                .format(), files);
    }

    private void promote(ModelPlan plan, int index, String from, String to) throws IOException {
        Map<String, String> files = new HashMap<>();
        putCard(files, plan, index, to);
        CommitMessage.Builder message = GeneratedMessages.promote(plan.name(), ModelPlan.version(index), from, to,
                "beats the version before on AUC");
        int demoted = plan.previousProduction();
        if (to.equals("production") && index == plan.production() && demoted >= 0) {
            putCard(files, plan, demoted, "deprecated");
            message.trailer(RegistryTrailers.DEMOTED, plan.name() + "@" + ModelPlan.version(demoted))
                    .trailer(RegistryTrailers.DEMOTED_TO, "deprecated");
        }
        commit(message.build().format(), files);
    }

    private static void putCard(Map<String, String> files, ModelPlan plan, int index, String stage) {
        String path = plan.cardPath(index);
        files.put(path, WriterFormat.card(path, plan.name(), ModelPlan.version(index), plan.card(index, stage)));
    }

    private void commit(String message, Map<String, String> files) throws IOException {
        head = stream.commit(MAIN, head, List.of(), message, files);
    }
}
