package dev.modelregistry.core.yaml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.StressScale;

/**
 * Hostile cards (docs/reliability.md, item 7), measured: each is refused with a message naming
 * the file and the problem, within 100 ms (the median of {@code StressScale} repetitions after a
 * warm-up, since the build machine is shared; the slowest is printed) and with bounded memory
 * (the most bytes the reading thread allocated, the card itself excluded).
 */
class HostileCardStressTest {

    private static final String PATH = "models/churn/1.0.0/card.yaml";
    private static final int DEEP = 50_000;
    private static final long TIME_BOUND_NANOS = 100_000_000L;
    private static final long MEMORY_BOUND_BYTES = 16L << 20;
    private static final int REPETITIONS = StressScale.count(3, 50);

    @Test
    void everyHostileCardIsRefusedQuicklyWithBoundedMemoryNamingTheFileAndTheProblem() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        StringBuilder figures = new StringBuilder();
        for (Map.Entry<String, Hostile> entry : corpus().entrySet()) {
            byte[] card = entry.getValue().content();
            long[] times = new long[REPETITIONS];
            long mostAllocated = 0;
            for (int run = -1; run < REPETITIONS; run++) {
                long allocatedBefore = threads.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                InvalidRegistryFileException refused = assertThrows(InvalidRegistryFileException.class,
                        () -> CardYaml.read(PATH, card, VersionId.parse("churn@1.0.0")), entry.getKey());
                long took = System.nanoTime() - start;
                long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
                assertTrue(refused.getMessage().startsWith(PATH) && refused.getMessage().contains(
                        entry.getValue().problem()), entry.getKey() + ": " + refused.getMessage());
                if (run >= 0) {
                    times[run] = took;
                    mostAllocated = Math.max(mostAllocated, allocated);
                }
            }
            Arrays.sort(times);
            long median = times[REPETITIONS / 2];
            long slowest = times[REPETITIONS - 1];
            assertTrue(median < TIME_BOUND_NANOS, entry.getKey() + " took " + median / 1_000_000 + " ms (median)");
            assertTrue(mostAllocated < MEMORY_BOUND_BYTES, entry.getKey() + " allocated " + mostAllocated + " bytes");
            figures.append(String.format("%n  %-22s median %6.2f ms, slowest %6.2f ms, allocated at most %,d bytes",
                    entry.getKey(), median / 1e6, slowest / 1e6, mostAllocated));
        }
        System.out.println("hostile cards, " + REPETITIONS + " repetitions each:" + figures);
    }

    private static Map<String, Hostile> corpus() {
        Map<String, Hostile> corpus = new LinkedHashMap<>();
        for (int megabytes : new int[] {1, 4, 64}) {
            byte[] big = new byte[megabytes << 20];
            Arrays.fill(big, (byte) 'a');
            corpus.put(megabytes + " MB card", new Hostile(big, "more than the limit"));
        }
        corpus.put("nesting 50,000 deep", text("metadata: " + "[".repeat(DEEP) + "]".repeat(DEEP), "nesting depth"));
        StringBuilder bomb = new StringBuilder("metadata:\n  lol0: &a0 \"lol\"\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("  lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        corpus.put("alias bomb", text(bomb.toString(), "anchor"));
        corpus.put("anchor", text("description: &a \"x\"\n", "anchor"));
        corpus.put("alias", text("description: *a\n", "alias"));
        corpus.put("merge key", text("metadata:\n  <<: {a: \"b\"}\n", "merge key"));
        corpus.put("duplicate key", text("description: \"a\"\ndescription: \"b\"\n", "duplicate key"));
        corpus.put("second document", text("---\nname: \"churn\"\n", "document"));
        corpus.put("!!java tag", text("description: !!java.net.URL \"http://evil.example.com/\"\n", "tag"));
        corpus.put("!!str tag", text("description: !!str \"x\"\n", "tag"));
        corpus.put("custom tag", text("description: !custom \"x\"\n", "tag"));
        return corpus;
    }

    /** A valid card followed by {@code extra}, which must be refused for {@code problem}. */
    private static Hostile text(String extra, String problem) {
        String card = "name: \"churn\"\nversion: \"1.0.0\"\nstage: \"development\"\n"
                + "createdAt: \"2026-11-22T10:15:30Z\"\ncreatedBy: \"Mallory <m@example.com>\"\n" + extra;
        return new Hostile(card.getBytes(StandardCharsets.UTF_8), problem);
    }

    private record Hostile(byte[] content, String problem) {
    }
}
