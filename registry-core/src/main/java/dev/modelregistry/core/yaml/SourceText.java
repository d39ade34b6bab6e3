package dev.modelregistry.core.yaml;

import dev.modelregistry.core.InvalidRegistryFileException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text: strict UTF-8, no control characters besides tab and line breaks. */
final class SourceText {

    private SourceText() {
    }

    /** Decodes {@code content}, refusing invalid UTF-8 and control characters with their line. */
    static String decode(String path, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InvalidRegistryFileException(path, lineAt(content, at),
                    String.format("the file is not valid UTF-8 (byte 0x%02X)", content[at] & 0xFF),
                    "save the file as UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int bad = ForbiddenCharacters.indexOf(text, true);
        if (bad >= 0) {
            char c = text.charAt(bad);
            throw new InvalidRegistryFileException(path, lineAt(text, bad),
                    ForbiddenCharacters.describe(c) + " is not allowed", ForbiddenCharacters.fix(c, "tab and line breaks"));
        }
        return text;
    }

    private static int lineAt(byte[] content, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(String text, int end) {
        return 1 + (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
    }
}
