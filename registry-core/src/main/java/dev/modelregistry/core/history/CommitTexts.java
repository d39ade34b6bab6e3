package dev.modelregistry.core.history;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.modelregistry.core.git.Trailer;

/**
 * The {@link CommitText} of every commit of a {@link ModelChangeTable}, by position. Texts read
 * from the index file stay encoded until a history asks for them, so that a fresh process decodes
 * only the few commits of the model it reads; they are written back as they were read.
 *
 * <pre>
 * text: actor:string subject:string trailers:int { key:string value:string }*
 * string: length:int UTF-8 bytes
 * </pre>
 */
final class CommitTexts {

    private final ByteBuffer stored;
    private final int[] offsets;
    private final CommitText[] decoded;
    private final List<CommitText> added = new ArrayList<>();

    /** No texts. */
    CommitTexts() {
        this(ByteBuffer.allocate(0), new int[] {0});
    }

    private CommitTexts(ByteBuffer stored, int[] offsets) {
        this.stored = stored;
        this.offsets = offsets;
        this.decoded = new CommitText[offsets.length - 1];
    }

    /**
     * Reads {@code count} texts from {@code in}, checking their layout but decoding none.
     *
     * @throws IllegalArgumentException when a length or count runs past the end
     */
    static CommitTexts read(ByteBuffer in, int count) {
        int start = in.position();
        int[] offsets = new int[count + 1];
        for (int i = 0; i < count; i++) {
            offsets[i] = in.position() - start;
            skipString(in);
            skipString(in);
            int trailers = HistoryIndexFile.count(in);
            for (int t = 0; t < trailers; t++) {
                skipString(in);
                skipString(in);
            }
        }
        offsets[count] = in.position() - start;
        ByteBuffer stored = in.duplicate().position(start).limit(in.position()).slice();
        return new CommitTexts(stored, offsets);
    }

    /** The number of texts. */
    int size() {
        return decoded.length + added.size();
    }

    /** Adds the text of the next position. */
    void add(CommitText text) {
        added.add(text);
    }

    /** The text at {@code position}. */
    CommitText get(int position) {
        if (position >= decoded.length) {
            return added.get(position - decoded.length);
        }
        if (decoded[position] == null) {
            decoded[position] = decode(stored.duplicate().position(offsets[position]));
        }
        return decoded[position];
    }

    /** Writes every text: those read as they were, then the added ones. */
    void write(DataOutputStream out) throws IOException {
        out.write(stored.array(), stored.arrayOffset(), stored.limit());
        for (CommitText text : added) {
            writeString(out, text.actor());
            writeString(out, text.subject());
            out.writeInt(text.trailers().size());
            for (Trailer trailer : text.trailers()) {
                writeString(out, trailer.key());
                writeString(out, trailer.value());
            }
        }
    }

    private static CommitText decode(ByteBuffer in) {
        String actor = readString(in);
        String subject = readString(in);
        Trailer[] trailers = new Trailer[in.getInt()];
        for (int t = 0; t < trailers.length; t++) {
            trailers[t] = new Trailer(readString(in), readString(in));
        }
        return new CommitText(actor, subject, Arrays.asList(trailers));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void skipString(ByteBuffer in) {
        int length = HistoryIndexFile.count(in);
        in.position(in.position() + length);
    }
}
