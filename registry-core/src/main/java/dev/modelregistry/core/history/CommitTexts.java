package dev.modelregistry.core.history;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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

    /**
     * The text at {@code position}.
     *
     * @throws UndecodableTextException when a stored text is not UTF-8 or not a trailer
     */
    CommitText get(int position) {
        if (position >= decoded.length) {
            return added.get(position - decoded.length);
        }
        if (decoded[position] == null) {
            try {
                decoded[position] = decode(stored.duplicate().position(offsets[position]));
            } catch (CharacterCodingException | IllegalArgumentException e) {
                throw new UndecodableTextException(position, e);
            }
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

    private static CommitText decode(ByteBuffer in) throws CharacterCodingException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        String actor = readString(in, utf8);
        String subject = readString(in, utf8);
        Trailer[] trailers = new Trailer[in.getInt()];
        for (int t = 0; t < trailers.length; t++) {
            trailers[t] = new Trailer(readString(in, utf8), readString(in, utf8));
        }
        return new CommitText(actor, subject, Arrays.asList(trailers));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string of {@code in}, which must be well-formed UTF-8. */
    private static String readString(ByteBuffer in, CharsetDecoder utf8) throws CharacterCodingException {
        int length = in.getInt();
        ByteBuffer bytes = in.slice().limit(length);
        in.position(in.position() + length);
        return utf8.decode(bytes).toString();
    }

    private static void skipString(ByteBuffer in) {
        int length = HistoryIndexFile.count(in);
        in.position(in.position() + length);
    }
}
