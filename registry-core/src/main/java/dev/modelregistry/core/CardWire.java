package dev.modelregistry.core;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.ExportedArtifact;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.Resources;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * A card as the write service sends it: every field in a fixed order, texts as a 4-byte length
 * and UTF-8, lists and maps as a 4-byte count and their items, the free-form metadata as tagged
 * values. It reads back a card {@code equals} to the one written, and reading checks every field
 * as a card's constructor does. Binary rather than YAML, so that neither side needs a YAML parser
 * for a hand-off.
 */
final class CardWire {

    /** Deeper metadata than any card holds is refused before the card's own check. */
    private static final int MAX_DEPTH = 64;
    private static final byte MAP = 'M';
    private static final byte LIST = 'L';
    private static final byte TEXT = 'S';
    private static final byte TRUE = 'T';
    private static final byte FALSE = 'F';
    private static final byte NUMBER = 'N';

    private CardWire() {
    }

    /** Writes {@code card}. */
    static void write(DataOutputStream out, ModelCard card) throws IOException {
        text(out, card.name().value());
        text(out, card.version().toString());
        text(out, card.stage().value());
        out.writeLong(card.createdAt().getEpochSecond());
        out.writeInt(card.createdAt().getNano());
        for (String field : List.of(card.createdBy(), card.description(), card.modelType(), card.framework(),
                card.taskType())) {
            text(out, field);
        }
        out.writeInt(card.metrics().size());
        for (Map.Entry<String, Double> metric : card.metrics().entrySet()) {
            text(out, metric.getKey());
            out.writeDouble(metric.getValue());
        }
        texts(out, card.hyperparameters());
        texts(out, card.tags().stream().map(Tag::value).toList());
        artifact(out, card.artifact());
        out.writeInt(card.exports().size());
        for (ExportedArtifact export : card.exports()) {
            texts(out, List.of(export.format(), export.uri(), export.sha256()));
            texts(out, export.details());
        }
        Lineage lineage = card.lineage();
        texts(out, lineage.parents().stream().map(VersionId::toString).toList());
        out.writeInt(lineage.datasets().size());
        for (Dataset dataset : lineage.datasets()) {
            texts(out, List.of(dataset.uri(), dataset.version(), dataset.sha256()));
        }
        texts(out, List.of(lineage.sourceRepository(), lineage.sourceCommit(), lineage.buildId(),
                lineage.buildUrl(), card.configHash()));
        out.writeLong(card.resources().modelSizeBytes());
        out.writeLong(card.resources().memoryBytes());
        value(out, card.metadata());
        CardProse prose = card.prose();
        texts(out, List.of(prose.intendedUse(), prose.limitations(), prose.ethicalConsiderations()));
        texts(out, prose.features());
    }

    /**
     * Reads a card that {@link #write} wrote.
     *
     * @throws IOException when the bytes end early or hold what no card written here does
     * @throws RegistryUsageException when a field is not valid, naming it
     */
    static ModelCard read(DataInputStream in) throws IOException {
        ModelName name = ModelName.of(text(in));
        Version version = Version.parse(text(in));
        StageName stage = StageName.of(text(in));
        Instant createdAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
        String createdBy = text(in);
        String description = text(in);
        String modelType = text(in);
        String framework = text(in);
        String taskType = text(in);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            metrics.put(text(in), in.readDouble());
        }
        Map<String, String> hyperparameters = textMap(in);
        List<Tag> tags = textList(in).stream().map(Tag::of).toList();
        Artifact artifact = new Artifact(text(in), text(in), in.readLong(), text(in));
        List<ExportedArtifact> exports = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            List<String> export = textList(in);
            exports.add(new ExportedArtifact(export.get(0), export.get(1), export.get(2), textMap(in)));
        }
        List<VersionId> parents = textList(in).stream().map(VersionId::parse).toList();
        List<Dataset> datasets = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            List<String> dataset = textList(in);
            datasets.add(new Dataset(dataset.get(0), dataset.get(1), dataset.get(2)));
        }
        List<String> source = textList(in);
        Lineage lineage = new Lineage(parents, datasets, source.get(0), source.get(1), source.get(2), source.get(3));
        Resources resources = new Resources(in.readLong(), in.readLong());
        Map<String, Object> metadata = metadata(in);
        List<String> prose = textList(in);
        CardProse cardProse = new CardProse(prose.get(0), prose.get(1), prose.get(2), textList(in));
        return new ModelCard(name, version, stage, createdAt, createdBy, description, modelType, framework, taskType,
                metrics, hyperparameters, tags, artifact, List.copyOf(exports), lineage, source.get(4), resources,
                metadata, cardProse);
    }

    private static void artifact(DataOutputStream out, Artifact artifact) throws IOException {
        text(out, artifact.uri());
        text(out, artifact.sha256());
        out.writeLong(artifact.size());
        text(out, artifact.format());
    }

    /**
     * Writes {@code text}, of any length (a {@code writeUTF} stops at 64 KiB).
     *
     * @throws CharacterCodingException when it is not valid UTF-16 (a lone surrogate): it would
     *         not arrive as it is
     */
    static void text(DataOutputStream out, String text) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        out.writeInt(bytes.remaining());
        out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    }

    /**
     * Reads what {@link #text(DataOutputStream, String)} wrote.
     *
     * @throws CharacterCodingException when the bytes are not valid UTF-8
     */
    static String text(DataInputStream in) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readNBytes(count(in))))
                .toString();
    }

    /** {@code body}'s output as bytes. */
    static byte[] bytes(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            body.writeTo(out);
        }
        return bytes.toByteArray();
    }

    /** Writes a message. */
    interface Body {
        /** Writes the message to {@code out}. */
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    private static void texts(DataOutputStream out, Map<String, String> texts) throws IOException {
        out.writeInt(texts.size());
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            text(out, entry.getKey());
            text(out, entry.getValue());
        }
    }

    private static List<String> textList(DataInputStream in) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            texts.add(text(in));
        }
        return texts;
    }

    private static Map<String, String> textMap(DataInputStream in) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            texts.put(text(in), text(in));
        }
        return texts;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("a count of " + count + " where " + in.available() + " bytes are left");
        }
        return count;
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text(out, (String) entry.getKey());
                value(out, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            text(out, text);
        } else if (value instanceof Boolean bool) {
            out.writeByte(bool ? TRUE : FALSE);
        } else {
            out.writeByte(NUMBER);
            text(out, ((BigDecimal) value).toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(DataInputStream in) throws IOException {
        Object metadata = value(in, 0);
        if (!(metadata instanceof Map)) {
            throw new IOException("metadata that is not a map");
        }
        return (Map<String, Object>) metadata;
    }

    private static Object value(DataInputStream in, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("metadata nested deeper than " + MAX_DEPTH + " levels");
        }
        byte tag = in.readByte();
        switch (tag) {
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = count(in); i > 0; i--) {
                    map.put(text(in), value(in, depth + 1));
                }
                return map;
            }
            case LIST -> {
                List<Object> list = new ArrayList<>();
                for (int i = count(in); i > 0; i--) {
                    list.add(value(in, depth + 1));
                }
                return list;
            }
            case TEXT -> {
                return text(in);
            }
            case TRUE, FALSE -> {
                return tag == TRUE;
            }
            case NUMBER -> {
                try {
                    return new BigDecimal(text(in));
                } catch (NumberFormatException e) {
                    throw new IOException("metadata holds a number that does not read", e);
                }
            }
            default -> throw new IOException("metadata holds a value of the unknown kind " + tag);
        }
    }
}
