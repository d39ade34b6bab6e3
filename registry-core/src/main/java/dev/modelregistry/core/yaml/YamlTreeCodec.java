package dev.modelregistry.core.yaml;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of a document {@link StrictYamlReader} read: the same mappings, lists
 * and scalars with their kinds, texts and lines, so that a cache can keep a file's parsed tree
 * and map it again without parsing YAML.
 *
 * <pre>
 * node    = mapping | sequence | scalar
 * mapping = 0:byte line:int entries:int { key:str key-line:int node }*
 * list    = 1:byte line:int items:int { node }*
 * scalar  = (2 + kind ordinal):byte line:int text:str
 * str     = length:int UTF-8 bytes
 * </pre>
 */
public final class YamlTreeCodec {

    private static final int MAPPING = 0;
    private static final int SEQUENCE = 1;
    private static final int SCALAR = 2;
    private static final YamlScalar.Kind[] KINDS = YamlScalar.Kind.values();

    private YamlTreeCodec() {
    }

    /** The bytes of {@code root}. */
    public static byte[] encode(YamlMapping root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The mapping in {@code in}, as {@link #encode} wrote it.
     *
     * @throws IllegalArgumentException when the bytes are not such a mapping, or end too soon
     */
    public static YamlMapping decode(ByteBuffer in) {
        ByteBuffer bytes = in.duplicate();
        try {
            if (read(bytes, 1) instanceof YamlMapping root && !bytes.hasRemaining()) {
                return root;
            }
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("an encoded YAML tree that ends too soon", e);
        }
        throw new IllegalArgumentException("not an encoded YAML mapping");
    }

    private static void write(DataOutputStream out, YamlNode node) throws IOException {
        if (node instanceof YamlMapping mapping) {
            out.writeByte(MAPPING);
            out.writeInt(mapping.line());
            out.writeInt(mapping.entries().size());
            for (YamlMapping.Entry entry : mapping.entries().values()) {
                string(out, entry.key());
                out.writeInt(entry.keyLine());
                write(out, entry.value());
            }
        } else if (node instanceof YamlSequence sequence) {
            out.writeByte(SEQUENCE);
            out.writeInt(sequence.line());
            out.writeInt(sequence.items().size());
            for (YamlNode item : sequence.items()) {
                write(out, item);
            }
        } else {
            YamlScalar scalar = (YamlScalar) node;
            out.writeByte(SCALAR + scalar.kind().ordinal());
            out.writeInt(scalar.line());
            string(out, scalar.text());
        }
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The node at {@code in}; {@code depth} is the nesting level a mapping or list there would have. */
    private static YamlNode read(ByteBuffer in, int depth) {
        int type = in.get();
        int line = in.getInt();
        if ((type == MAPPING || type == SEQUENCE) && depth > StrictYamlReader.MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than a read document can be");
        }
        if (type == MAPPING) {
            int count = count(in);
            Map<String, YamlMapping.Entry> entries = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String key = string(in);
                entries.put(key, new YamlMapping.Entry(key, in.getInt(), read(in, depth + 1)));
            }
            return new YamlMapping(line, entries);
        }
        if (type == SEQUENCE) {
            int count = count(in);
            List<YamlNode> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(read(in, depth + 1));
            }
            return new YamlSequence(line, items);
        }
        if (type < SCALAR || type >= SCALAR + KINDS.length) {
            throw new IllegalArgumentException("unknown node type " + type);
        }
        return new YamlScalar(line, KINDS[type - SCALAR], string(in));
    }

    private static String string(ByteBuffer in) {
        byte[] bytes = new byte[count(in)];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("count out of range");
        }
        return count;
    }
}
