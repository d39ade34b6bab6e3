package dev.modelregistry.core.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes commits in the {@code git fast-import} stream format: each commit gets the next mark and
 * a commit time one minute after the one before, and names its files inline. Generators write
 * whole registries through it; {@link GeneratedRegistry} runs the importer.
 */
public final class FastImportStream {

    /** The author and committer of every generated commit. */
    public static final String AUTHOR = "Bench Writer <bench@example.com>";
    private static final long START = 1_700_000_000L;
    private static final long STEP = 60;

    private final OutputStream out;
    private final Set<String> refs = new TreeSet<>();
    private int mark;
    private long time = START;

    FastImportStream(OutputStream out) {
        this.out = out;
    }

    /** The commit time, in seconds since the epoch, that the next commit gets. */
    public long nextTime() {
        return time + STEP;
    }

    /**
     * Writes one commit on {@code ref}: after the commit marked {@code from} (none when 0), merging
     * {@code merges}, with {@code files} (path to text) added or replaced.
     *
     * @return the commit's mark
     */
    public int commit(String ref, int from, List<Integer> merges, String message, Map<String, String> files)
            throws IOException {
        refs.add(ref);
        mark++;
        time += STEP;
        StringBuilder text = new StringBuilder();
        text.append("commit ").append(ref).append('\n').append("mark :").append(mark).append('\n');
        text.append("author ").append(AUTHOR).append(' ').append(time).append(" +0000\n");
        text.append("committer ").append(AUTHOR).append(' ').append(time).append(" +0000\n");
        appendData(text, message);
        if (from > 0) {
            text.append("from :").append(from).append('\n');
        }
        for (int merge : merges) {
            text.append("merge :").append(merge).append('\n');
        }
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
            text.append("M 100644 inline ").append(file.getKey()).append('\n');
            appendData(text, file.getValue());
        });
        text.append('\n');
        write(text.toString());
        return mark;
    }

    /** The refs the commits were written on. */
    Set<String> refs() {
        return refs;
    }

    /** Ends the stream. */
    void done() throws IOException {
        write("done\n");
    }

    private static void appendData(StringBuilder text, String data) {
        text.append("data ").append(data.getBytes(StandardCharsets.UTF_8).length).append('\n').append(data)
                .append('\n');
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
