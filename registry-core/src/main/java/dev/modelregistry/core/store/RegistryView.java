package dev.modelregistry.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.NotFoundException;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.CardFacts;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.ModelYaml;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.PolicyYaml;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.yaml.YamlTreeCodec;

/**
 * The registry's content at one commit, as domain values: policy, models, versions and cards.
 * Files are parsed strictly on first use and kept for the life of the view. A view with a
 * {@link CardIndex} takes the models and the cards' summaries of the directories that read cleanly
 * from it, and parses only the cards asked for; its answers are the same.
 */
public final class RegistryView {

    /** How many parsed version directory names are kept; see {@link #versionNamed}. */
    private static final int VERSION_NAMES_KEPT = 4096;
    private static final RecentValues<String, Version> VERSION_NAMES = new RecentValues<>(VERSION_NAMES_KEPT,
            VERSION_NAMES_KEPT, version -> 1);

    private final GitSnapshot snapshot;
    private final Optional<CardIndex> index;
    private IndexedModels indexed;
    private RegistryPolicy policy;
    private final Map<ModelName, Optional<RegisteredModel>> models = new HashMap<>();
    private final Map<VersionId, Optional<ModelCard>> cards = new HashMap<>();
    private final Map<ModelName, List<Version>> versions = new HashMap<>();

    /** A view of {@code snapshot} that reads every file from Git. */
    public RegistryView(GitSnapshot snapshot) {
        this.snapshot = snapshot;
        this.index = Optional.empty();
    }

    /** A view of {@code snapshot} that brings {@code index} up to it on first use and reads through it. */
    public RegistryView(GitSnapshot snapshot, CardIndex index) {
        this.snapshot = snapshot;
        this.index = Optional.of(index);
    }

    /** The model {@code name} from the index, when the view has one and the model's directory reads cleanly. */
    private Optional<IndexedModel> indexed(ModelName name) {
        return indexed().flatMap(models -> models.readable(name));
    }

    private Optional<IndexedModels> indexed() {
        if (index.isPresent() && indexed == null) {
            indexed = index.get().of(snapshot);
        }
        return Optional.ofNullable(indexed);
    }

    /** The commit shown, empty for a registry with no commit yet. */
    public Optional<String> commitId() {
        return snapshot.commitId().map(ObjectId::name);
    }

    /** The policy from {@code registry.yaml}, or the defaults when the file is missing. */
    public RegistryPolicy policy() {
        if (policy == null) {
            policy = indexed().flatMap(models -> models.policy().policy()).orElseGet(() -> snapshot
                    .file(RegistryLayout.POLICY_FILE)
                    .map(f -> PolicyYaml.read(f.path(), load(f)))
                    .orElseGet(RegistryPolicy::defaults));
        }
        return policy;
    }

    /** The names of all models, in the order of their directories. */
    public List<ModelName> modelNames() {
        Optional<IndexedModels> models = indexed();
        Iterable<String> directories = models.isPresent() ? models.get().models().keySet()
                : snapshot.directories(RegistryLayout.MODELS_DIR);
        List<ModelName> names = new ArrayList<>();
        for (String dir : directories) {
            Optional<ModelName> known = models.flatMap(m -> m.models().get(dir).model()).map(RegisteredModel::name);
            names.add(known.orElseGet(() -> parseSegment(RegistryLayout.MODELS_DIR, dir, ModelName::of)));
        }
        return names;
    }

    /** The model with exactly this name. */
    public Optional<RegisteredModel> model(ModelName name) {
        return models.computeIfAbsent(name, n -> indexed(n).flatMap(IndexedModel::model).or(() -> {
            if (!snapshot.isDirectory(RegistryLayout.modelDir(n))) {
                return Optional.empty();
            }
            return Optional.of(snapshot.file(RegistryLayout.modelFile(n))
                    .map(f -> ParsedModels.get(f.blobId(), n, f.size(), () -> ModelYaml.read(f.path(), load(f), n)))
                    .orElseGet(() -> RegisteredModel.named(n)));
        }));
    }

    /**
     * The model with exactly this name, or a not-found error that names the model whose name
     * differs only in case, else says how to list models.
     */
    public RegisteredModel requireModel(ModelName name) {
        return model(name).orElseThrow(() -> new NotFoundException(dev.modelregistry.core.Input.NAME,
                "No model named \"" + name + "\" in the registry; " + modelIgnoringCase(name)
                        .map(existing -> "did you mean \"" + existing + "\"? Names keep their case.")
                        .orElse("list the models to see their names.")));
    }

    /**
     * A model whose name equals {@code name} regardless of case, if any. Only that directory's
     * name is parsed, so another directory with an invalid name does not get in the way.
     */
    public Optional<ModelName> modelIgnoringCase(ModelName name) {
        return snapshot.directoryIgnoringCase(RegistryLayout.MODELS_DIR, name.caseKey())
                .map(dir -> parseSegment(RegistryLayout.MODELS_DIR, dir, ModelName::of));
    }

    /** The versions of a model, lowest precedence first. */
    public List<Version> versions(ModelName name) {
        Optional<IndexedModel> model = indexed(name);
        if (model.isPresent()) {
            return model.get().cards().stream().map(card -> card.summary().version()).toList();
        }
        return versions.computeIfAbsent(name, this::readVersions);
    }

    private List<Version> readVersions(ModelName name) {
        List<Version> found = new ArrayList<>();
        String dir = RegistryLayout.modelDir(name);
        for (String entry : snapshot.directories(dir)) {
            found.add(parseSegment(dir, entry, RegistryView::versionNamed));
        }
        found.sort(Comparator.naturalOrder());
        return List.copyOf(found);
    }

    /** True when the version's directory exists, whether or not its card can be read. */
    public boolean hasVersion(VersionId id) {
        return snapshot.isDirectory(RegistryLayout.versionDir(id.name(), id.version()));
    }

    /** The card of one version. */
    public Optional<ModelCard> card(VersionId id) {
        return cards.computeIfAbsent(id, key -> indexed(key.name())
                .map(model -> model.card(key.version()).map(card -> parse(card, key)))
                .orElseGet(() -> snapshot.file(RegistryLayout.cardFile(key.name(), key.version()))
                        .map(f -> parse(f, key))));
    }

    /** The whole card of the version {@code facts} describes: {@code facts} itself when it is a card. */
    public ModelCard card(CardFacts facts) {
        return facts instanceof ModelCard card ? card : card(facts.id()).orElseThrow(() -> new RegistryInternalException(
                "The card index lists " + facts.id() + " at " + commitId().orElse("no commit") + ", but its card is not there", null));
    }

    /**
     * What searches need of every version of a model, lowest precedence first: the summaries from
     * the index when the model's directory reads cleanly, else the whole cards as {@link #cards} reads them.
     */
    public List<? extends CardFacts> summaries(ModelName name) {
        Optional<IndexedModel> model = indexed(name);
        if (model.isPresent()) {
            return model.get().cards().stream().map(IndexedModel.IndexedCard::summary).toList();
        }
        return cards(name);
    }

    /** The card in {@code file}, at the path of {@code id}: from {@link ParsedCards} when its blob was parsed lately. */
    private ModelCard parse(GitSnapshot.FileEntry file, VersionId id) {
        return ParsedCards.get(file.blobId(), id, () -> parsed(file, id));
    }

    /** The card of {@code id} in {@code blob}; the blob's size is read only when it must be parsed. */
    private ModelCard parse(ObjectId blob, VersionId id) {
        return ParsedCards.get(blob, id,
                () -> parsed(snapshot.file(RegistryLayout.cardFile(id.name(), id.version()), blob), id));
    }

    /**
     * The card of {@code id} that the index kept: mapped from its YAML tree unless
     * {@link ParsedCards} has it. A kept tree that does not map (the index file was tampered with)
     * is not trusted: the card is read from Git instead.
     */
    private ModelCard parse(IndexedModel.IndexedCard card, VersionId id) {
        return ParsedCards.get(card.blob(), id, () -> {
            String path = RegistryLayout.cardFile(id.name(), id.version());
            try {
                return new ParsedCards.Parsed(CardYaml.read(path, YamlTreeCodec.decode(card.tree()), id),
                        card.tree().remaining());
            } catch (RuntimeException untrusted) {
                return parsed(snapshot.file(path, card.blob()), id);
            }
        });
    }

    private ParsedCards.Parsed parsed(GitSnapshot.FileEntry file, VersionId id) {
        return new ParsedCards.Parsed(CardYaml.read(file.path(), load(file), id), file.size());
    }

    /** The cards of every version of a model, lowest precedence first; the model's directory is read once. */
    public List<ModelCard> cards(ModelName name) {
        Optional<IndexedModel> model = indexed(name);
        if (model.isPresent()) {
            return model.get().cards().stream().map(card -> cards.computeIfAbsent(card.summary().id(),
                    key -> Optional.of(parse(card, key))).orElseThrow()).toList();
        }
        Map<String, ObjectId> files = cardBlobs(name);
        List<ModelCard> result = new ArrayList<>();
        for (Version version : versions(name)) {
            VersionId id = new VersionId(name, version);
            Optional.ofNullable(files.get(version.toString()))
                    .ifPresent(blob -> cards.computeIfAbsent(id, key -> Optional.of(parse(blob, key))));
            result.add(card(id).orElseThrow(() -> new InvalidRegistryFileException(
                    RegistryLayout.versionDir(name, version), 0, "the version directory has no " + RegistryLayout.CARD_FILE,
                    "add the card or remove the directory")));
        }
        return result;
    }

    /**
     * The cards of a model whose file may hold the SHA-256 digest {@code sha256}, lowest precedence
     * first, for a check that looks for one artifact among many cards. A card that
     * {@link SpelledDigests} knows cannot hold the digest is skipped before its directory's name is
     * even parsed; the others are read as {@link #cards} reads them when they were parsed lately,
     * and skipped without parsing when {@link SpelledDigests} then rules the digest out. Version
     * directories without a card are skipped.
     */
    public List<ModelCard> cardsWithDigest(ModelName name, String sha256) {
        if (indexed(name).isPresent()) {
            return cards(name);
        }
        String dir = RegistryLayout.modelDir(name);
        List<ModelCard> result = new ArrayList<>();
        for (Map.Entry<String, ObjectId> file : cardBlobs(name).entrySet()) {
            ObjectId blob = file.getValue();
            if (SpelledDigests.knownNotToHold(blob, sha256)) {
                continue;
            }
            Version version = parseSegment(dir, file.getKey(), RegistryView::versionNamed);
            VersionId id = new VersionId(name, version);
            Optional<ModelCard> parsed = ParsedCards.kept(blob, id);
            if (parsed.isPresent()) {
                result.add(parsed.get());
            } else if (SpelledDigests.mayHold(blob,
                    () -> load(snapshot.file(RegistryLayout.cardFile(name, version), blob)), sha256)) {
                result.add(parse(blob, id));
            }
        }
        result.sort(Comparator.comparing(ModelCard::version));
        return result;
    }

    /** The blob of each version's card file of the model {@code name}, by the version directory's name. */
    Map<String, ObjectId> cardBlobs(ModelName name) {
        return snapshot.blobsInSubdirectories(RegistryLayout.modelDir(name), RegistryLayout.CARD_FILE);
    }

    /** The cards of every version of every model. */
    public List<ModelCard> allCards() {
        List<ModelCard> result = new ArrayList<>();
        for (ModelName name : modelNames()) {
            result.addAll(cards(name));
        }
        return result;
    }

    /**
     * The cards of every version whose card can be read. Directories with invalid names, missing
     * cards and cards that cannot be read are skipped (a check reports them), so that a guard
     * scanning the whole registry, such as for lineage children, does not fail on one broken file.
     */
    public List<ModelCard> readableCards() {
        List<ModelCard> result = new ArrayList<>();
        for (String model : snapshot.directories(RegistryLayout.MODELS_DIR)) {
            Map<String, ObjectId> files = snapshot.blobsInSubdirectories(
                    RegistryLayout.MODELS_DIR + "/" + model, RegistryLayout.CARD_FILE);
            for (Map.Entry<String, ObjectId> file : files.entrySet()) {
                try {
                    VersionId id = new VersionId(ModelName.of(model), Version.parse(file.getKey()));
                    cards.computeIfAbsent(id, key -> Optional.of(parse(file.getValue(), key))).ifPresent(result::add);
                } catch (RegistryUsageException skipped) {
                    // an invalid directory name or a broken card: not readable, so skipped
                }
            }
        }
        return result;
    }

    private byte[] load(GitSnapshot.FileEntry file) {
        return RegistryFiles.load(snapshot, file);
    }

    /**
     * The version a directory is named for, parsed once for every registry view of the process
     * while it is among the {@value #VERSION_NAMES_KEPT} parsed last: a write parses the names of
     * all its model's version directories, again at every registration.
     */
    private static Version versionNamed(String name) {
        return VERSION_NAMES.get(name, () -> Version.parse(name));
    }

    /** What {@code parse} makes of the name of the directory {@code name} in {@code parent}; an invalid name is an invalid file. */
    private static <T> T parseSegment(String parent, String name, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(name);
        } catch (InvalidRegistryFileException e) {
            throw e;
        } catch (RegistryUsageException e) {
            throw new InvalidRegistryFileException(parent + "/" + name, 0,
                    "the directory name is not valid: " + e.getMessage(), "rename the directory");
        }
    }
}
