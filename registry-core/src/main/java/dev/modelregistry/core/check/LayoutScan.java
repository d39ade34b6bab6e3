package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.GitSnapshot.DirectoryEntry;
import dev.modelregistry.core.git.GitSnapshot.EntryKind;
import dev.modelregistry.core.git.GitSnapshot.FileEntry;
import dev.modelregistry.core.store.RegistryLayout;

/**
 * Walks the directories of a registry tree and checks its shape: directory names
 * ({@code name}, {@code case-clash}, {@code same-precedence}), files nobody defined
 * ({@code stray-file}) and version directories without a card ({@code missing-card}). Top-level
 * entries other than {@code models/} and {@code registry.yaml} are the team's own business.
 */
final class LayoutScan {

    private static final String MODELS_HOLD = "models/ holds only model directories";
    private static final String MODEL_HOLDS = "a model directory holds only " + RegistryLayout.MODEL_FILE
            + " and version directories";
    private static final String VERSION_HOLDS = "a version directory holds only " + RegistryLayout.CARD_FILE
            + "; artifacts live in artifact storage, named by artifact.uri";

    private final GitSnapshot snapshot;
    private final List<Problem> problems;

    LayoutScan(GitSnapshot snapshot, List<Problem> problems) {
        this.snapshot = snapshot;
        this.problems = problems;
    }

    /** The model directories with valid names, reporting every problem of the tree's shape. */
    List<ModelDir> models() {
        checkTopLevel();
        List<ModelDir> models = new ArrayList<>();
        Map<String, List<ModelName>> byCase = new LinkedHashMap<>();
        for (DirectoryEntry entry : snapshot.entries(RegistryLayout.MODELS_DIR)) {
            String path = RegistryLayout.MODELS_DIR + "/" + entry.name();
            if (entry.kind() != EntryKind.DIRECTORY) {
                stray(path, entry, MODELS_HOLD);
                continue;
            }
            Optional<ModelName> name = dirName(path, entry.name(), ModelName::of, "rename the directory");
            if (name.isEmpty()) {
                continue;
            }
            byCase.computeIfAbsent(name.get().caseKey(), key -> new ArrayList<>()).add(name.get());
            models.add(model(name.get(), path));
        }
        byCase.values().stream().filter(names -> names.size() > 1).forEach(this::caseClash);
        return models;
    }

    /** Reports each directory of a group whose names differ only in case: none of them is the obvious original. */
    private void caseClash(List<ModelName> names) {
        String all = names.stream().map(RegistryLayout::modelDir).collect(Collectors.joining(", "));
        for (ModelName name : names) {
            problems.add(CheckRule.CASE_CLASH.at(RegistryLayout.modelDir(name), 0, all + " differ only in case;"
                    + " names are unique regardless of case, and on macOS and Windows they are one directory",
                    "keep one model: move the versions you keep into one directory and remove the others"));
        }
    }

    /** Only the kinds of {@code models} and {@code registry.yaml} matter at the top level; the rest is the team's. */
    private void checkTopLevel() {
        for (DirectoryEntry entry : snapshot.entries("")) {
            if (entry.name().equals(RegistryLayout.MODELS_DIR) && entry.kind() != EntryKind.DIRECTORY) {
                stray(entry.name(), entry, "models must be the directory of models", "rename or remove it");
            } else if (entry.name().equals(RegistryLayout.POLICY_FILE) && entry.kind() != EntryKind.FILE) {
                stray(entry.name(), entry, "the policy must be a regular file, so it is not read",
                        "replace it with a regular file");
            }
        }
    }

    private ModelDir model(ModelName name, String dir) {
        Optional<FileEntry> modelFile = Optional.empty();
        List<VersionDir> versions = new ArrayList<>();
        for (DirectoryEntry entry : snapshot.entries(dir)) {
            String path = dir + "/" + entry.name();
            if (entry.name().equals(RegistryLayout.MODEL_FILE) && entry.kind() == EntryKind.FILE) {
                modelFile = snapshot.file(path);
            } else if (entry.kind() == EntryKind.DIRECTORY && !entry.name().equals(RegistryLayout.MODEL_FILE)) {
                dirName(path, entry.name(), Version::parse, "rename the directory to the version its card names")
                        .ifPresent(version -> versions.add(version(new VersionId(name, version), path)));
            } else {
                stray(path, entry, MODEL_HOLDS);
            }
        }
        checkPrecedence(versions);
        return new ModelDir(name, modelFile, versions);
    }

    private VersionDir version(VersionId id, String dir) {
        Optional<FileEntry> card = Optional.empty();
        for (DirectoryEntry entry : snapshot.entries(dir)) {
            String path = dir + "/" + entry.name();
            if (entry.name().equals(RegistryLayout.CARD_FILE) && entry.kind() == EntryKind.FILE) {
                card = snapshot.file(path);
            } else {
                stray(path, entry, VERSION_HOLDS);
            }
        }
        if (card.isEmpty()) {
            problems.add(CheckRule.MISSING_CARD.at(dir, 0, "the version directory of " + id + " has no "
                    + RegistryLayout.CARD_FILE, "add its card, or remove the directory"));
        }
        return new VersionDir(id, card);
    }

    /** Versions that differ only in build metadata make {@code latest} and stage lookups ambiguous. */
    private void checkPrecedence(List<VersionDir> versions) {
        List<VersionDir> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(v -> v.id().version()));
        for (int i = 1; i < sorted.size(); i++) {
            VersionId previous = sorted.get(i - 1).id();
            VersionId current = sorted.get(i).id();
            if (previous.version().samePrecedence(current.version())) {
                problems.add(CheckRule.SAME_PRECEDENCE.at(RegistryLayout.versionDir(current.name(), current.version()),
                        0, current + " has the same precedence as " + previous + " (they differ only in build"
                                + " metadata), so latest and stage lookups cannot choose between them",
                        "remove one of them, or give it another version"));
            }
        }
    }

    private <T> Optional<T> dirName(String path, String name, Function<String, T> parser, String fix) {
        try {
            return Optional.of(parser.apply(name));
        } catch (RegistryUsageException e) {
            problems.add(CheckRule.NAME.at(path, 0, e.getMessage(), fix));
            return Optional.empty();
        }
    }

    private void stray(String path, DirectoryEntry entry, String rule) {
        stray(path, entry, rule, "move it out of models/ (to the top level, say) or delete it");
    }

    private void stray(String path, DirectoryEntry entry, String rule, String fix) {
        String what = switch (entry.kind()) {
            case FILE -> "file";
            case DIRECTORY -> "directory";
            case OTHER -> "symbolic link or submodule";
        };
        problems.add(CheckRule.STRAY_FILE.at(path, 0, "unexpected " + what + ": " + rule, fix));
    }
}
