package dev.modelregistry.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;

class SpelledDigestsTest {

    private static final String DIGEST = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
    private static final String OTHER = "7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730";

    @Test
    void aFileHoldsADigestItSpellsPlainOrQuoted() {
        assertTrue(mayHold("sha256: " + DIGEST + "\n", DIGEST));
        assertTrue(mayHold("artifact:\n  sha256: \"" + DIGEST + "\"\n", DIGEST));
        assertTrue(mayHold("uri: 'file:///a/" + DIGEST + ".bin'\n", DIGEST));
        assertTrue(mayHold("sha256: " + OTHER + DIGEST + "\n", DIGEST), "inside a longer run");
    }

    @Test
    void aFileWithoutTheDigestsTextOrAnEscapeCannotHoldIt() {
        assertFalse(mayHold("sha256: " + OTHER + "\n", DIGEST));
        assertFalse(mayHold("sha256: " + DIGEST.substring(0, 63) + "\n", DIGEST));
        assertFalse(mayHold("sha256: " + DIGEST.substring(0, 32) + "\n  " + DIGEST.substring(32) + "\n", DIGEST),
                "a folded plain scalar is not the digest");
        assertFalse(mayHold("sha256: " + DIGEST.toUpperCase() + "\n", DIGEST));
    }

    @Test
    void aFileWithABackslashMayHoldAnyDigest() {
        assertTrue(mayHold("sha256: \"\\x32" + DIGEST.substring(1) + "\"\n", DIGEST));
        assertTrue(mayHold("note: \"a\\tb\"\nsha256: " + OTHER + "\n", DIGEST));
    }

    @Test
    void aFileIsReadOnceAndItsAnswerKeptByBlobId() {
        String content = "sha256: " + DIGEST + "\n# " + System.nanoTime() + "\n";
        ObjectId blob = blobId(content);
        AtomicInteger reads = new AtomicInteger();
        for (String digest : new String[] {DIGEST, OTHER, DIGEST}) {
            SpelledDigests.mayHold(blob, () -> {
                reads.incrementAndGet();
                return content.getBytes(StandardCharsets.UTF_8);
            }, digest);
        }
        assertEquals(1, reads.get());
        assertFalse(SpelledDigests.mayHold(blob, () -> new byte[0], OTHER));
        assertTrue(SpelledDigests.mayHold(blob, () -> new byte[0], DIGEST));
    }

    @Test
    void onlyAFileSeenLatelyIsKnownNotToHoldADigestAndNothingIsRead() {
        String content = "sha256: " + OTHER + "\n# " + System.nanoTime() + "\n";
        ObjectId blob = blobId(content);
        assertFalse(SpelledDigests.knownNotToHold(blob, DIGEST), "not seen yet: it may hold it");
        assertFalse(mayHold(content, DIGEST));
        assertTrue(SpelledDigests.knownNotToHold(blob, DIGEST));
        assertFalse(SpelledDigests.knownNotToHold(blob, OTHER), "it spells that one");
    }

    private static boolean mayHold(String content, String digest) {
        return SpelledDigests.mayHold(blobId(content), () -> content.getBytes(StandardCharsets.UTF_8), digest);
    }

    private static ObjectId blobId(String content) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
