package dev.modelregistry.core.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.RegistryException;
import dev.modelregistry.core.card.CardSummary;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.git.DerivedFile;

/**
 * The on-disk form of {@link IndexedModels}, kept as a {@link DerivedFile}: a missing, truncated,
 * corrupt or otherwise unreadable file reads as empty. Every value read back goes through its
 * domain type's checks, as it did when it was first read from the registry. Each model's entry
 * is decoded only when a query first needs it.
 *
 * <pre>
 * "MRCI" version:int has-commit:byte [commit:20 bytes]
 * has-policy:byte [policy-blob:20 bytes has-tree:byte [tree-length:int tree:bytes]]
 * has-models:byte [models-tree:20 bytes]
 * models:int { directory:str tree:20 bytes entry-length:int readable:byte [model cards:int { card }*] }*
 * model = description:str owner:str task-type:str tags:int { tag:str }* aliases:int { alias:str version:str }*
 * card  = blob:20 bytes version:str stage:str created-seconds:long created-nanos:int task-type:str
 *         tags:int { tag:str }* metrics:int { name:str value:double }* tree-length:int tree:bytes
 *         (the card's YAML tree as YamlTreeCodec encodes it; so is the policy's tree)
 * str   = length:int UTF-8 bytes
 * </pre>
 */
final class CardIndexFile {

    private static final int MAGIC = 0x4d524349;
    /**
     * The format version. Entries are trusted as long as their tree ids match, so bump it when the
     * layout changes and also when what is stored would come out differently: the rules of
     * reading {@code model.yaml}, cards and {@code registry.yaml}, or of
     * {@link dev.modelregistry.core.yaml.YamlTreeCodec}.
     */
    private static final int VERSION = 2;

    private final DerivedFile file;

    CardIndexFile(Path file) {
        this.file = new DerivedFile(file);
    }

    /** The stored index; empty when there is none or it cannot be trusted. */
    Optional<IndexedModels> read() {
        try {
            return file.read().map(body -> new Reader(body, new Shared()).models());
        } catch (BufferUnderflowException | IllegalArgumentException | RegistryException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file with {@code models}; failing to write is not an error. */
    void write(IndexedModels models) {
        file.write(out -> new Writer(out).models(models));
    }

    /**
     * The values that repeat across the entries of one file (version numbers, stages, tags, task
     * types, metric names), each decoded and checked once and then shared.
     */
    private static final class Shared {
        private final Map<String, String> strings = new ConcurrentHashMap<>();
        private final Map<String, StageName> stages = new ConcurrentHashMap<>();
        private final Map<String, Tag> tags = new ConcurrentHashMap<>();
        private final Map<String, Version> versions = new ConcurrentHashMap<>();
    }

    /** Decodes an index file's body, or one model's entry. */
    private static final class Reader {
        private final ByteBuffer in;
        private final Shared shared;

        Reader(ByteBuffer in, Shared shared) {
            this.in = in;
            this.shared = shared;
        }

        IndexedModels models() {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IllegalArgumentException("not a card index of this version");
            }
            Optional<ObjectId> commit = optionalId();
            Optional<ObjectId> policyBlob = optionalId();
            IndexedPolicy policy = policyBlob.isEmpty() ? IndexedPolicy.NONE
                    : new IndexedPolicy(policyBlob, in.get() == 0 ? Optional.empty() : Optional.of(bytes()));
            Optional<ObjectId> modelsTree = optionalId();
            int count = count();
            Map<String, IndexedModel> models = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String directory = string();
                ObjectId tree = id();
                ByteBuffer body = bytes();
                models.put(directory, IndexedModel.stored(tree, body, stored -> new Reader(stored, shared).content(directory)));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("inconsistent card index");
            }
            return new IndexedModels(commit, policy, modelsTree, models);
        }

        /** One model's entry: what {@link Writer#content} wrote. */
        IndexedModel.Content content(String directory) {
            if (in.get() == 0) {
                return new IndexedModel.Content(Optional.empty(), List.of());
            }
            ModelName name = ModelName.of(directory);
            String description = string();
            String owner = string();
            String taskType = shared(string());
            List<Tag> tags = tags();
            Map<AliasName, Version> aliases = new LinkedHashMap<>();
            int count = count();
            for (int i = 0; i < count; i++) {
                aliases.put(AliasName.of(string()), version());
            }
            RegisteredModel model = new RegisteredModel(name, description, owner, taskType, tags, aliases);
            List<IndexedModel.IndexedCard> cards = list(() -> card(name));
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("inconsistent entry of " + directory);
            }
            return new IndexedModel.Content(Optional.of(model), cards);
        }

        private IndexedModel.IndexedCard card(ModelName name) {
            ObjectId blob = id();
            Version version = version();
            StageName stage = shared.stages.computeIfAbsent(string(), StageName::of);
            Instant createdAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
            String taskType = shared(string());
            List<Tag> tags = tags();
            Map<String, Double> metrics = new HashMap<>();
            int count = count();
            for (int i = 0; i < count; i++) {
                metrics.put(shared(string()), in.getDouble());
            }
            return new IndexedModel.IndexedCard(blob,
                    new CardSummary(name, version, stage, createdAt, taskType, metrics, tags), bytes());
        }

        private <T> List<T> list(Supplier<T> item) {
            int count = count();
            List<T> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(item.get());
            }
            return items;
        }

        private String shared(String text) {
            return shared.strings.computeIfAbsent(text, Function.identity());
        }

        private Version version() {
            return shared.versions.computeIfAbsent(string(), Version::parse);
        }

        private List<Tag> tags() {
            return list(() -> shared.tags.computeIfAbsent(string(), Tag::of));
        }

        private String string() {
            byte[] bytes = new byte[count()];
            in.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private ObjectId id() {
            return DerivedFile.readId(in);
        }

        private Optional<ObjectId> optionalId() {
            return in.get() == 0 ? Optional.empty() : Optional.of(id());
        }

        /** The next length-prefixed bytes, as a read-only view of the file's buffer. */
        private ByteBuffer bytes() {
            int length = count();
            ByteBuffer bytes = in.slice(in.position(), length).asReadOnlyBuffer();
            in.position(in.position() + length);
            return bytes;
        }

        private int count() {
            int value = in.getInt();
            if (value < 0 || value > in.remaining()) {
                throw new IllegalArgumentException("count out of range");
            }
            return value;
        }
    }

    /** Encodes an index. */
    private record Writer(DataOutputStream out) {

        void models(IndexedModels models) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            optionalId(models.commit());
            optionalId(models.policy().blob());
            if (models.policy().blob().isPresent()) {
                out.writeBoolean(models.policy().tree().isPresent());
                if (models.policy().tree().isPresent()) {
                    bytes(models.policy().tree().get().duplicate());
                }
            }
            optionalId(models.modelsTree());
            out.writeInt(models.models().size());
            for (Map.Entry<String, IndexedModel> entry : models.models().entrySet()) {
                string(entry.getKey());
                id(entry.getValue().tree());
                Optional<ByteBuffer> stored = entry.getValue().stored();
                bytes(stored.isPresent() ? stored.get() : ByteBuffer.wrap(encode(entry.getValue().content())));
            }
        }

        /** One model's entry: readable:byte [model cards:int { card }*]. */
        private static byte[] encode(IndexedModel.Content content) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Writer writer = new Writer(new DataOutputStream(bytes));
            writer.out.writeBoolean(content.model().isPresent());
            if (content.model().isPresent()) {
                writer.model(content.model().get());
                writer.out.writeInt(content.cards().size());
                for (IndexedModel.IndexedCard card : content.cards()) {
                    writer.card(card);
                }
            }
            writer.out.flush();
            return bytes.toByteArray();
        }

        private void model(RegisteredModel model) throws IOException {
            string(model.description());
            string(model.owner());
            string(model.taskType());
            tags(model.tags());
            out.writeInt(model.aliases().size());
            for (Map.Entry<AliasName, Version> alias : model.aliases().entrySet()) {
                string(alias.getKey().value());
                string(alias.getValue().toString());
            }
        }

        private void card(IndexedModel.IndexedCard card) throws IOException {
            CardSummary summary = card.summary();
            id(card.blob());
            string(summary.version().toString());
            string(summary.stage().value());
            out.writeLong(summary.createdAt().getEpochSecond());
            out.writeInt(summary.createdAt().getNano());
            string(summary.taskType());
            tags(summary.tags());
            out.writeInt(summary.metrics().size());
            for (Map.Entry<String, Double> metric : summary.metrics().entrySet()) {
                string(metric.getKey());
                out.writeDouble(metric.getValue());
            }
            bytes(card.tree().duplicate());
        }

        private void tags(List<Tag> tags) throws IOException {
            out.writeInt(tags.size());
            for (Tag tag : tags) {
                string(tag.value());
            }
        }

        private void string(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void id(ObjectId id) throws IOException {
            DerivedFile.writeId(out, id);
        }

        private void optionalId(Optional<ObjectId> id) throws IOException {
            out.writeBoolean(id.isPresent());
            if (id.isPresent()) {
                id(id.get());
            }
        }

        private void bytes(ByteBuffer bytes) throws IOException {
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            out.writeInt(copy.length);
            out.write(copy);
        }
    }
}
