package dev.modelregistry.core.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.testing.Samples;

/**
 * Generates a registry with a long history through {@code git fast-import}: {@code models}
 * models and {@code commits} commits on {@code main}, each commit one registry write on one model
 * as our writer makes it (a registration, a promotion that demotes the version before, or an alias
 * move), with the subjects and trailers of {@link CommitMessage}. Every 1,000th change arrives
 * the way review mode lands it: a commit on a side branch and a merge without trailers. Commit
 * times step forward one minute per commit. The result is cached: a registry generated with the
 * same parameters is reused, so only the first benchmark run pays for it (about half a minute for
 * 50,000 commits).
 */
public final class HistoryRegistryGenerator {

    /** The generated registry's layout version; bump it when the generated content changes. */
    private static final int LAYOUT = 1;
    private static final int MERGE_EVERY = 1_000;
    private static final String CREATED_AT = "2026-11-22T10:15:30Z";
    private static final String DESCRIPTION = "Gradient-boosted trees, generated for the history benchmark";

    private final int models;
    private final int commits;
    private final Random random = new Random(42);
    private final Map<Integer, ModelState> states = new HashMap<>();

    private HistoryRegistryGenerator(int models, int commits) {
        this.models = models;
        this.commits = commits;
    }

    /** What the generator remembers of one model: its newest minor version and the one in production. */
    private static final class ModelState {
        int minors;
        int production = -1;
        int aliasTarget = -1;
    }

    /** One change: its message and the files it writes. */
    private record Change(CommitMessage message, Map<String, String> files) {
    }

    /**
     * The bare registry for {@code models} and {@code commits} under {@code cacheRoot}, generated
     * unless a complete one is there.
     */
    public static Path registry(Path cacheRoot, int models, int commits) throws IOException, InterruptedException {
        return GeneratedRegistry.generate(cacheRoot.resolve("history-" + models + "m-" + commits + "c-v" + LAYOUT
                + ".git"), models + " models, " + commits + " commits",
                new HistoryRegistryGenerator(models, commits)::writeStream);
    }

    /** The name of the {@code index}th generated model. */
    public static String modelName(int index) {
        return String.format("model-%04d", index);
    }

    private void writeStream(FastImportStream out) throws IOException {
        int written = 0;
        int main = 0;
        while (written < commits) {
            boolean reviewed = written > 0 && written % MERGE_EVERY == 0 && written + 2 <= commits;
            int model = written < models ? written : random.nextInt(models);
            Change change = nextChange(model);
            if (reviewed) {
                int side = out.commit("refs/heads/review", main, List.of(), change.message().format(), change.files());
                main = out.commit("refs/heads/main", main, List.of(side), "Merge pull request #" + written
                        + " from registry/review\n", change.files());
                written += 2;
            } else {
                main = out.commit("refs/heads/main", main, List.of(), change.message().format(), change.files());
                written++;
            }
        }
    }

    private Change nextChange(int model) {
        ModelState state = states.computeIfAbsent(model, m -> new ModelState());
        String name = modelName(model);
        int roll = random.nextInt(10);
        if (state.minors == 0 || roll < 5) {
            return register(name, state);
        }
        if (roll < 8 && state.production < state.minors - 1) {
            return promote(name, state);
        }
        return moveAlias(name, state);
    }

    private Change register(String name, ModelState state) {
        String version = "1." + state.minors + ".0";
        state.minors++;
        String sha = Samples.sha256(name + version);
        Map<String, String> files = new HashMap<>();
        files.put(GeneratedCard.path(name, version), card(name, version, "development", sha));
        if (state.minors == 1) {
            files.put(GeneratedModel.path(name), modelYaml(name, -1));
        }
        return new Change(GeneratedMessages.register(name, version, sha, Optional.of("ci:" + name + ":" + state.minors)),
                files);
    }

    private Change promote(String name, ModelState state) {
        int previous = state.production;
        state.production = state.minors - 1;
        String version = "1." + state.production + ".0";
        Map<String, String> files = new HashMap<>();
        files.put(GeneratedCard.path(name, version), card(name, version, "production",
                Samples.sha256(name + version)));
        CommitMessage.Builder message = GeneratedMessages.promote(name, version, "development", "production",
                "beats the version before on AUC");
        if (previous >= 0) {
            String old = "1." + previous + ".0";
            files.put(GeneratedCard.path(name, old), card(name, old, "deprecated", Samples.sha256(name + old)));
            message.trailer(RegistryTrailers.DEMOTED, name + "@" + old)
                    .trailer(RegistryTrailers.DEMOTED_TO, "deprecated");
        }
        return new Change(message.build(), files);
    }

    private Change moveAlias(String name, ModelState state) {
        int target = random.nextInt(state.minors);
        String version = "1." + target + ".0";
        CommitMessage.Builder message = CommitMessage.builder(state.aliasTarget < 0
                ? "Set alias champion of " + name + " to " + version
                : "Move alias champion of " + name + " from 1." + state.aliasTarget + ".0 to " + version)
                .trailer(RegistryTrailers.REGISTRY_ACTION, "set-alias")
                .trailer(RegistryTrailers.MODEL, name)
                .trailer(RegistryTrailers.MODEL_VERSION, version)
                .trailer(RegistryTrailers.ALIAS, "champion");
        if (state.aliasTarget >= 0) {
            message.trailer(RegistryTrailers.PREVIOUS_VERSION, "1." + state.aliasTarget + ".0");
        }
        state.aliasTarget = target;
        return new Change(message.build(), Map.of(GeneratedModel.path(name), modelYaml(name, target)));
    }

    private String card(String name, String version, String stage, String sha) {
        return new GeneratedCard(name, version, stage, CREATED_AT, DESCRIPTION, "classification",
                "0.9" + random.nextInt(10), "0.9" + random.nextInt(10), List.of(), sha).yaml();
    }

    private static String modelYaml(String name, int aliasTarget) {
        return new GeneratedModel(name, "A generated model", "", List.of(),
                aliasTarget < 0 ? Optional.empty() : Optional.of("1." + aliasTarget + ".0")).yaml();
    }

    /** Generates (or finds) a registry: {@code <cacheRoot> [models] [commits]}; prints its path. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-registries");
        int models = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        System.out.println(registry(root, models, commits));
    }
}
