package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.ModelYaml;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.GitSnapshot.FileEntry;
import dev.modelregistry.core.policy.PolicyYaml;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.store.RegistryFiles;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.yaml.StrictYamlReader;
import dev.modelregistry.core.yaml.YamlMapping;
import dev.modelregistry.core.yaml.YamlScalar;

/**
 * Reads every registry file the way the registry itself reads it, turning each refusal into a
 * problem instead of stopping: {@code yaml} when the strict reader refuses the file,
 * {@code path-mismatch} when its {@code name} or {@code version} disagrees with its directories,
 * {@code schema} when the mapper refuses it. A file reports at most its first problem.
 */
final class FileChecks {

    private static final StrictYamlReader READER = new StrictYamlReader();

    private final GitSnapshot snapshot;
    private final List<Problem> problems;

    FileChecks(GitSnapshot snapshot, List<Problem> problems) {
        this.snapshot = snapshot;
        this.problems = problems;
    }

    /** The policy, the defaults when {@code registry.yaml} is missing, empty when it is broken. */
    Optional<RegistryPolicy> policy() {
        Optional<FileEntry> file = snapshot.file(RegistryLayout.POLICY_FILE);
        if (file.isEmpty()) {
            return Optional.of(RegistryPolicy.defaults());
        }
        return read(file.get(), Map.of(), PolicyYaml::read).map(ParsedFile::value);
    }

    /** The model and its readable cards; the model is empty when {@code model.yaml} is missing or broken. */
    CheckedModel model(ModelDir dir) {
        Optional<ParsedFile<RegisteredModel>> model = dir.modelFile().flatMap(file -> read(file,
                Map.of("name", dir.name().value()), (path, root) -> ModelYaml.read(path, root, dir.name())));
        List<ParsedFile<ModelCard>> cards = new ArrayList<>();
        for (VersionDir version : dir.versions()) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("name", version.id().name().value());
            expected.put("version", version.id().version().toString());
            version.card().flatMap(file -> read(file, expected, (path, root) -> CardYaml.read(path, root, version.id())))
                    .ifPresent(cards::add);
        }
        return new CheckedModel(dir, model, cards);
    }

    private <T> Optional<ParsedFile<T>> read(FileEntry file, Map<String, String> expected,
            BiFunction<String, YamlMapping, T> mapper) {
        YamlMapping root;
        try {
            root = READER.read(file.path(), RegistryFiles.load(snapshot, file));
        } catch (InvalidRegistryFileException e) {
            problems.add(CheckRule.YAML.at(e.path(), e.line(), e.problem(), e.fix()));
            return Optional.empty();
        }
        if (mismatches(file.path(), root, expected)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ParsedFile<>(file.path(), mapper.apply(file.path(), root), root));
        } catch (InvalidRegistryFileException e) {
            problems.add(CheckRule.SCHEMA.at(e.path(), e.line(), e.problem(), e.fix()));
            return Optional.empty();
        }
    }

    /** Reports the first text field whose value is not the one the file's directories give. */
    private boolean mismatches(String path, YamlMapping root, Map<String, String> expected) {
        for (Map.Entry<String, String> field : expected.entrySet()) {
            YamlMapping.Entry entry = root.entries().get(field.getKey());
            if (entry != null && entry.value() instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING
                    && !scalar.text().equals(field.getValue())) {
                problems.add(CheckRule.PATH_MISMATCH.at(path, entry.keyLine(), field.getKey() + ": the file says \""
                        + scalar.text() + "\" but its directory says \"" + field.getValue() + "\"", "write "
                        + field.getKey() + ": \"" + field.getValue() + "\", or move the file into the directory for \""
                        + scalar.text() + "\""));
                return true;
            }
        }
        return false;
    }
}
