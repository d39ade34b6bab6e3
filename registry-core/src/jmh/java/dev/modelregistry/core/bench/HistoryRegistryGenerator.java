package dev.modelregistry.core.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;

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
    private static final long START = 1_700_000_000L;
    private static final int MERGE_EVERY = 1_000;
    private static final String AUTHOR = "Bench Writer <bench@example.com>";

    private final int models;
    private final int commits;
    private final Random random = new Random(42);
    private final Map<Integer, ModelState> states = new HashMap<>();
    private int mark;
    private long time = START;

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
        Path dir = cacheRoot.resolve("history-" + models + "m-" + commits + "c-v" + LAYOUT + ".git");
        Path done = dir.resolve("generated");
        if (Files.exists(done)) {
            return dir;
        }
        deleteRecursively(dir);
        Files.createDirectories(dir);
        git(dir, "init", "--bare", "--quiet", "--initial-branch=main", ".");
        Process importer = new ProcessBuilder("git", "fast-import", "--quiet", "--done")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (OutputStream out = new BufferedOutputStream(importer.getOutputStream(), 1 << 20)) {
            new HistoryRegistryGenerator(models, commits).writeStream(out);
        }
        if (importer.waitFor() != 0) {
            throw new IOException("git fast-import failed in " + dir);
        }
        git(dir, "update-ref", "-d", "refs/heads/review");
        git(dir, "repack", "-a", "-d", "-q");
        Files.writeString(done, models + " models, " + commits + " commits\n");
        return dir;
    }

    /** The name of the {@code index}th generated model. */
    public static String modelName(int index) {
        return String.format("model-%04d", index);
    }

    private void writeStream(OutputStream out) throws IOException {
        int written = 0;
        int main = 0;
        while (written < commits) {
            boolean reviewed = written > 0 && written % MERGE_EVERY == 0 && written + 2 <= commits;
            int model = written < models ? written : random.nextInt(models);
            Change change = nextChange(model);
            if (reviewed) {
                int side = commit(out, "refs/heads/review", main, List.of(), change.message().format(), change.files());
                main = commit(out, "refs/heads/main", main, List.of(side), "Merge pull request #" + written
                        + " from registry/review\n", change.files());
                written += 2;
            } else {
                main = commit(out, "refs/heads/main", main, List.of(), change.message().format(), change.files());
                written++;
            }
        }
        write(out, "done\n");
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
        String sha = sha256(name + version);
        Map<String, String> files = new HashMap<>();
        files.put(versionFile(name, version), card(name, version, "development", sha));
        if (state.minors == 1) {
            files.put(modelFile(name), modelYaml(name, -1));
        }
        CommitMessage message = CommitMessage.builder("Register " + name + " " + version)
                .trailer(RegistryTrailers.REGISTRY_ACTION, "register")
                .trailer(RegistryTrailers.MODEL, name)
                .trailer(RegistryTrailers.MODEL_VERSION, version)
                .trailer(RegistryTrailers.STAGE, "development")
                .trailer(RegistryTrailers.ARTIFACT_SHA256, sha)
                .trailer(RegistryTrailers.BUILD, "ci:" + name + ":" + state.minors)
                .build();
        return new Change(message, files);
    }

    private Change promote(String name, ModelState state) {
        int previous = state.production;
        state.production = state.minors - 1;
        String version = "1." + state.production + ".0";
        Map<String, String> files = new HashMap<>();
        files.put(versionFile(name, version), card(name, version, "production", sha256(name + version)));
        CommitMessage.Builder message = CommitMessage.builder("Promote " + name + " " + version + " to production")
                .trailer(RegistryTrailers.REGISTRY_ACTION, "transition")
                .trailer(RegistryTrailers.MODEL, name)
                .trailer(RegistryTrailers.MODEL_VERSION, version)
                .trailer(RegistryTrailers.FROM_STAGE, "development")
                .trailer(RegistryTrailers.STAGE, "production")
                .trailer(RegistryTrailers.REASON, "beats the version before on AUC");
        if (previous >= 0) {
            String old = "1." + previous + ".0";
            files.put(versionFile(name, old), card(name, old, "deprecated", sha256(name + old)));
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
        return new Change(message.build(), Map.of(modelFile(name), modelYaml(name, target)));
    }

    private int commit(OutputStream out, String ref, int from, List<Integer> merges, String message,
            Map<String, String> files) throws IOException {
        mark++;
        time += 60;
        StringBuilder text = new StringBuilder();
        text.append("commit ").append(ref).append('\n').append("mark :").append(mark).append('\n');
        text.append("author ").append(AUTHOR).append(' ').append(time).append(" +0000\n");
        text.append("committer ").append(AUTHOR).append(' ').append(time).append(" +0000\n");
        appendData(text, message);
        if (from > 0) {
            text.append("from :").append(from).append('\n');
        }
        for (int merge : merges) {
            text.append("merge :").append(merge).append('\n');
        }
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
            text.append("M 100644 inline ").append(file.getKey()).append('\n');
            appendData(text, file.getValue());
        });
        text.append('\n');
        write(out, text.toString());
        return mark;
    }

    private static void appendData(StringBuilder text, String data) {
        text.append("data ").append(data.getBytes(StandardCharsets.UTF_8).length).append('\n').append(data)
                .append('\n');
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String versionFile(String name, String version) {
        return "models/" + name + "/" + version + "/card.yaml";
    }

    private static String modelFile(String name) {
        return "models/" + name + "/model.yaml";
    }

    private String card(String name, String version, String stage, String sha) {
        return "name: \"" + name + "\"\nversion: \"" + version + "\"\nstage: \"" + stage + "\"\n"
                + "createdAt: \"2026-11-22T10:15:30Z\"\ncreatedBy: \"" + AUTHOR + "\"\n"
                + "description: \"Gradient-boosted trees, generated for the history benchmark\"\n"
                + "framework: \"xgboost\"\ntaskType: \"classification\"\nmetrics:\n  accuracy: 0.9" + random.nextInt(10)
                + "\n  auc: 0.9" + random.nextInt(10) + "\nartifact:\n  uri: \"store:sha256/" + sha + "\"\n  sha256: \""
                + sha + "\"\n  size: 1048576\n  format: \"onnx\"\n";
    }

    private static String modelYaml(String name, int aliasTarget) {
        String yaml = "name: \"" + name + "\"\ndescription: \"A generated model\"\nowner: \"team-bench\"\n";
        return aliasTarget < 0 ? yaml : yaml + "aliases:\n  champion: \"1." + aliasTarget + ".0\"\n";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Generates (or finds) a registry: {@code <cacheRoot> [models] [commits]}; prints its path. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-registries");
        int models = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int commits = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        System.out.println(registry(root, models, commits));
    }
}
