package dev.modelregistry.core.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

/**
 * What SHA-256 digests a card file can hold, by the file's blob id, so that a check that looks
 * for one digest among a model's cards parses only the cards that may hold it. A valid digest is
 * 64 lowercase hexadecimal characters, and a YAML scalar spells its text literally unless it uses
 * an escape: so a file holds a digest only if the digest's text is inside one of its runs of 64 or
 * more such characters, or the file has a backslash. A blob id is the hash of the file's bytes, so
 * what is kept is true in any repository and at any commit. It holds at most {@value #CAPACITY}
 * files and about {@value #CAPACITY_CHARS} characters of runs, dropping the least recently used.
 */
final class SpelledDigests {

    private static final int CAPACITY = 65_536;
    private static final long CAPACITY_CHARS = 8L * 1024 * 1024;
    private static final int DIGEST_LENGTH = 64;

    private static final RecentValues<ObjectId, Spelled> FILES = new RecentValues<>(CAPACITY, CAPACITY_CHARS,
            Spelled::weight);

    private SpelledDigests() {
    }

    /**
     * False when the file in {@code blob} cannot hold the digest {@code sha256}; {@code content}
     * gives the file's bytes when the blob was not seen lately.
     */
    static boolean mayHold(ObjectId blob, Supplier<byte[]> content, String sha256) {
        return FILES.get(blob.copy(), () -> Spelled.of(content.get())).mayHold(sha256);
    }

    /**
     * True when the file in {@code blob} was seen lately and cannot hold the digest
     * {@code sha256}; false when it may, or was not seen lately. Reads nothing.
     */
    static boolean knownNotToHold(ObjectId blob, String sha256) {
        return FILES.kept(blob).map(spelled -> !spelled.mayHold(sha256)).orElse(false);
    }

    /** The runs of at least 64 lowercase hexadecimal characters of a file, and whether it has a backslash. */
    private record Spelled(List<String> hexRuns, boolean escapes) {

        /** False when the file cannot hold {@code sha256}. */
        boolean mayHold(String sha256) {
            return escapes || hexRuns.stream().anyMatch(run -> run.contains(sha256));
        }

        static Spelled of(byte[] content) {
            List<String> runs = new ArrayList<>();
            boolean escapes = false;
            int start = 0;
            for (int i = 0; i <= content.length; i++) {
                if (i < content.length && isLowerHex(content[i])) {
                    continue;
                }
                if (i - start >= DIGEST_LENGTH) {
                    runs.add(new String(content, start, i - start, StandardCharsets.US_ASCII));
                }
                escapes |= i < content.length && content[i] == '\\';
                start = i + 1;
            }
            return new Spelled(List.copyOf(runs), escapes);
        }

        /** What keeping it costs, about: the characters of its runs, and a little for each file. */
        long weight() {
            return DIGEST_LENGTH + hexRuns.stream().mapToLong(String::length).sum();
        }

        private static boolean isLowerHex(byte b) {
            return b >= '0' && b <= '9' || b >= 'a' && b <= 'f';
        }
    }
}
