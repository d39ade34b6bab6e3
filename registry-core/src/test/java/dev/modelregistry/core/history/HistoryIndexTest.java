package dev.modelregistry.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.git.RetryPolicy;
import dev.modelregistry.core.git.Trailer;
import dev.modelregistry.core.testing.GitCli;

/**
 * The history index gives exactly what a JGit {@code RevWalk} with a path filter gives (the
 * walk the history read before the index), on random histories full of merges: merges that take
 * one side, merges that differ from both, unrelated histories merged in, equal and skewed commit
 * times, models deleted and added again. And a missing, stale or corrupt index file changes
 * nothing.
 */
class HistoryIndexTest {

    private static final int MODELS = 6;

    /** Authors, one with characters beyond ASCII. */
    private static final String[] AUTHORS = {"Tester", "Zoë Ångström", "CI Bot"};

    /**
     * Messages as registry writes and hand edits make them: trailers, footers that are no
     * well-formed trailers, a subject over two lines, and none at all.
     */
    private static final String[] MESSAGES = {
        "commit N\n",
        "Register mN@1.0.0\n\nRegistry-Action: register\nModel: mN\nModel-Version: 1.0.0\nStage: development\n",
        "Promote\n\nRegistry-Action: transition\nReason: passed ünïcode review N\nDemoted: m1@1.0.0\nDemoted: m2@2.0.0\n",
        "Edit by hand N\n\nCo-authored-by: Someone <s@example.com>\nSigned-off-by: Tester <t@example.com>\n",
        "Subject on\ntwo lines N\n\nbody text\n",
        "",
    };

    @TempDir
    Path dir;

    @Test
    void answersAsThePathFilteredWalkOnRandomHistoriesWithMerges() throws Exception {
        for (int seed = 1; seed <= 6; seed++) {
            try (Repository repository = Git.init().setBare(true).setDirectory(dir.resolve("r" + seed).toFile()).call()
                    .getRepository()) {
                List<ObjectId> commits = new RandomHistory(repository, new Random(seed)).build(250);
                try (RegistryRepository registry = registry(repository)) {
                    HistoryIndex index = new HistoryIndex(registry);
                    for (ObjectId start : List.of(commits.get(commits.size() - 1), commits.get(commits.size() / 2),
                            commits.get(commits.size() - 7))) {
                        for (int m = 0; m < MODELS; m++) {
                            assertEquals(walk(repository, start, "m" + m), indexed(index, start, "m" + m),
                                    "seed " + seed + ", model m" + m + ", from " + start.name());
                        }
                    }
                }
            }
        }
    }

    @Test
    void keepsTheAuthorSubjectAndTrailersAsTheCommitHasThem() throws Exception {
        try (Repository repository = Git.init().setBare(true).setDirectory(dir.resolve("r").toFile()).call()
                .getRepository(); RegistryRepository registry = registry(repository)) {
            RandomHistory history = new RandomHistory(repository, new Random(5));
            ObjectId head = history.build(200).get(200);
            List<String> seen = new ArrayList<>();
            for (int m = 0; m < MODELS; m++) {
                for (CommitFacts commit : indexed(new HistoryIndex(registry), head, "m" + m)) {
                    String message = new GitCli(repository.getDirectory().toPath()).run("log", "-1", "--format=%B",
                            commit.id());
                    seen.add(commit.subject());
                    assertEquals(new GitCli(repository.getDirectory().toPath()).run("log", "-1", "--format=%an <%ae>",
                            commit.id()).strip(), commit.actor());
                    assertEquals(message.startsWith("Promote") ? List.of("Registry-Action: transition",
                            "Reason: passed ünïcode review " + message.substring(message.indexOf("review ") + 7,
                                    message.indexOf("\nDemoted")), "Demoted: m1@1.0.0", "Demoted: m2@2.0.0")
                            : message.startsWith("Register") ? List.of("Registry-Action: register",
                                    "Model: " + commit.subject().substring(9, commit.subject().indexOf('@')),
                                    "Model-Version: 1.0.0", "Stage: development")
                            : List.of(), commit.trailers().stream().map(Trailer::toString).toList(), message);
                }
            }
            assertTrue(seen.stream().anyMatch(subject -> subject.startsWith("Subject on two lines")), seen::toString);
            assertTrue(seen.contains("Promote"), seen::toString);
        }
    }

    @Test
    void aCommitWithoutAnAuthorLineHasNoActor() throws Exception {
        try (Repository repository = Git.init().setBare(true).setDirectory(dir.resolve("r").toFile()).call()
                .getRepository(); RegistryRepository registry = registry(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId tree = RandomHistory.tree(inserter, Map.of("models/m0/1.0.0/card.yaml", "card"), "");
            String raw = "tree " + tree.name() + "\ncommitter Tester <t@example.com> 1700000000 +0000\n"
                    + "\nRegister m0@1.0.0\n\nRegistry-Action: register\nModel: m0\n";
            ObjectId commit = inserter.insert(Constants.OBJ_COMMIT, raw.getBytes(StandardCharsets.UTF_8));
            inserter.flush();
            List<CommitFacts> history = indexed(new HistoryIndex(registry), commit, "m0");
            assertEquals(List.of(new CommitFacts(commit.name(), Instant.ofEpochSecond(1_700_000_000L), 0, "",
                    "Register m0@1.0.0", List.of(new Trailer("Registry-Action", "register"), new Trailer("Model", "m0")))),
                    history);
        }
    }

    @Test
    void aMissingStaleOrCorruptFileGivesTheSameAnswers() throws Exception {
        try (Repository repository = Git.init().setBare(true).setDirectory(dir.resolve("r").toFile()).call()
                .getRepository()) {
            RandomHistory history = new RandomHistory(repository, new Random(99));
            List<ObjectId> commits = history.build(120);
            ObjectId head = commits.get(commits.size() - 1);
            String model = "m0";
            for (int m = 0; walk(repository, head, model).isEmpty(); m++) {
                model = "m" + (m + 1);
            }
            List<CommitFacts> expected = walk(repository, head, model);
            assertFalse(expected.isEmpty());
            try (RegistryRepository registry = registry(repository)) {
                assertEquals(expected, indexed(new HistoryIndex(registry), head, model));
                Path file = repository.getDirectory().toPath().resolve(HistoryIndex.FILE);
                assertTrue(Files.exists(file), "the first query stores the index");

                assertEquals(expected, indexed(new HistoryIndex(registry), head, model), "read from the file");

                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 0x5a;
                Files.write(file, bytes);
                assertEquals(expected, indexed(new HistoryIndex(registry), head, model), "a corrupt file is rebuilt");

                Files.write(file, "not an index".getBytes(StandardCharsets.UTF_8));
                assertEquals(expected, indexed(new HistoryIndex(registry), head, model), "a foreign file is rebuilt");

                assertTrue(expected.stream().anyMatch(commit -> !commit.trailers().isEmpty()), "a commit with trailers");
                byte[] key = "Registry-Action".getBytes(StandardCharsets.US_ASCII);
                rewriteWithChecksum(file, body -> replaceAll(body, key, "registry-Action".getBytes(StandardCharsets.US_ASCII)));
                assertEquals(expected, indexed(new HistoryIndex(registry), head, model),
                        "a file whose trailers pass the checksum but are no trailers is rebuilt");
                byte[] notUtf8 = "Registry-Action".getBytes(StandardCharsets.US_ASCII);
                notUtf8[0] = (byte) 0xff;
                rewriteWithChecksum(file, body -> replaceAll(body, key, notUtf8));
                assertEquals(expected, indexed(new HistoryIndex(registry), head, model),
                        "a file whose texts pass the checksum but are not UTF-8 is rebuilt");
                rewriteWithChecksum(file, body -> {
                    int at = indexOf(body, key);
                    ByteBuffer.wrap(body, at - Integer.BYTES, Integer.BYTES).putInt(Integer.MAX_VALUE);
                    return body;
                });
                assertEquals(expected, indexed(new HistoryIndex(registry), head, model),
                        "a file whose layout passes the checksum but runs past its end is rebuilt");

                List<ObjectId> more = history.build(40);
                ObjectId newHead = more.get(more.size() - 1);
                HistoryIndex stale = new HistoryIndex(registry);
                assertEquals(walk(repository, newHead, model), indexed(stale, newHead, model), "a stale file is brought up");
                assertEquals(walk(repository, newHead, "m2"), indexed(new HistoryIndex(registry), newHead, "m2"));

                Files.delete(file);
                assertEquals(walk(repository, newHead, "m3"), indexed(new HistoryIndex(registry), newHead, "m3"));
            }
        }
    }

    /** Replaces the index file's body with {@code change} of it, and its CRC-32 with the body's. */
    private static void rewriteWithChecksum(Path file, UnaryOperator<byte[]> change) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] body = change.apply(Arrays.copyOf(bytes, bytes.length - Long.BYTES));
        CRC32 crc = new CRC32();
        crc.update(body);
        Files.write(file, ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(crc.getValue()).array());
    }

    private static byte[] replaceAll(byte[] bytes, byte[] from, byte[] to) {
        for (int at = indexOf(bytes, from); at >= 0; at = indexOf(bytes, from)) {
            System.arraycopy(to, 0, bytes, at, to.length);
        }
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int at = 0; at + part.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        return -1;
    }

    private static RegistryRepository registry(Repository repository) {
        return RegistryRepository.open(repository.getDirectory().toPath(), "main", RetryPolicy.DEFAULT,
                Clock.systemUTC(), event -> { });
    }

    /** The model's history through {@code index}, which is then stored, as a process that closes stores it. */
    private static List<CommitFacts> indexed(HistoryIndex index, ObjectId start, String model) throws IOException {
        try {
            return index.modelHistory(start.name(), model).stream().map(HistoryIndex.IndexedCommit::commit).toList();
        } finally {
            index.flush();
        }
    }

    /**
     * What the history read before the index: a date-ordered walk filtered on the model's
     * directory, with what JGit reads of each commit (its own parents, not the walk's rewritten ones).
     */
    private static List<CommitFacts> walk(Repository repository, ObjectId start, String model) throws IOException {
        try (RevWalk walk = new RevWalk(repository); RevWalk plain = new RevWalk(repository)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create("models/" + model), TreeFilter.ANY_DIFF));
            walk.markStart(walk.parseCommit(start));
            List<CommitFacts> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                commits.add(RevCommitFacts.of(plain.parseCommit(commit)));
            }
            return commits;
        }
    }

    /** Builds random commits on a few branches straight into the object database. */
    private static final class RandomHistory {

        private final Repository repository;
        private final Random random;
        private final List<ObjectId> tips = new ArrayList<>();
        private final Map<ObjectId, Map<String, String>> files = new HashMap<>();
        private int time = 1_700_000_000;
        private ObjectInserter inserter;
        private int counter;

        RandomHistory(Repository repository, Random random) {
            this.repository = repository;
            this.random = random;
        }

        /** Adds {@code count} commits; returns them in order, the last being the newest on the first branch. */
        List<ObjectId> build(int count) throws IOException {
            try (ObjectInserter packed = ((FileRepository) repository).getObjectDatabase().newPackInserter()) {
                inserter = packed;
                List<ObjectId> made = build(count, new ArrayList<>());
                packed.flush();
                return made;
            }
        }

        private List<ObjectId> build(int count, List<ObjectId> made) throws IOException {
            for (int i = 0; i < count; i++) {
                int roll = random.nextInt(20);
                ObjectId commit;
                if (tips.isEmpty() || roll == 0 && tips.size() < 4) {
                    commit = commit(change(new TreeMap<>()), List.of());
                    tips.add(commit);
                } else if (roll < 5 && tips.size() > 1) {
                    int other = 1 + random.nextInt(tips.size() - 1);
                    commit = commit(merged(tips.get(0), tips.get(other)), List.of(tips.get(0), tips.get(other)));
                    tips.set(0, commit);
                    tips.remove(other);
                } else if (roll < 7) {
                    ObjectId base = tips.get(random.nextInt(tips.size()));
                    commit = commit(change(files.get(base)), List.of(base));
                    tips.add(commit);
                } else {
                    int branch = random.nextInt(tips.size());
                    commit = commit(change(files.get(tips.get(branch))), List.of(tips.get(branch)));
                    tips.set(branch, commit);
                }
                made.add(commit);
            }
            made.add(tips.get(0));
            return made;
        }

        private Map<String, String> change(Map<String, String> before) {
            Map<String, String> after = new TreeMap<>(before);
            String model = "m" + random.nextInt(MODELS);
            int roll = random.nextInt(10);
            if (roll == 0) {
                after.keySet().removeIf(path -> path.startsWith("models/" + model + "/"));
            } else if (roll < 3) {
                after.put("registry.yaml", "edit " + counter);
            } else {
                after.put("models/" + model + "/1." + random.nextInt(3) + ".0/card.yaml", "card " + counter);
            }
            return after;
        }

        /** Per model, the first side's files, the second's, or both sides' plus an edit. */
        private Map<String, String> merged(ObjectId first, ObjectId second) {
            Map<String, String> result = new TreeMap<>();
            Map<String, String> a = files.get(first);
            Map<String, String> b = files.get(second);
            for (int m = 0; m < MODELS; m++) {
                String prefix = "models/m" + m + "/";
                int roll = random.nextInt(3);
                Map<String, String> source = roll == 1 ? b : a;
                source.forEach((path, text) -> {
                    if (path.startsWith(prefix)) {
                        result.put(path, text);
                    }
                });
                if (roll == 2 && random.nextBoolean()) {
                    result.put(prefix + "merge/card.yaml", "merged " + counter);
                }
            }
            String policy = random.nextBoolean() ? a.get("registry.yaml") : b.get("registry.yaml");
            if (policy != null) {
                result.put("registry.yaml", policy);
            }
            return result;
        }

        private ObjectId commit(Map<String, String> tree, List<ObjectId> parents) throws IOException {
            counter++;
            time += random.nextInt(5) == 0 ? -random.nextInt(600) : random.nextInt(3) * 60;
            CommitBuilder builder = new CommitBuilder();
            builder.setTreeId(tree(inserter, tree, ""));
            builder.setParentIds(parents);
            PersonIdent person = new PersonIdent(AUTHORS[random.nextInt(AUTHORS.length)], "t" + counter % 3
                    + "@example.com", time * 1000L, 0);
            builder.setAuthor(person);
            builder.setCommitter(new PersonIdent("Committer", "c@example.com", time * 1000L, 0));
            builder.setMessage(MESSAGES[random.nextInt(MESSAGES.length)].replace("N", Integer.toString(counter)));
            ObjectId id = inserter.insert(builder);
            files.put(id, tree);
            return id;
        }

        private static ObjectId tree(ObjectInserter inserter, Map<String, String> files, String prefix)
                throws IOException {
            TreeMap<String, Object> entries = new TreeMap<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                if (!file.getKey().startsWith(prefix)) {
                    continue;
                }
                String rest = file.getKey().substring(prefix.length());
                int slash = rest.indexOf('/');
                if (slash < 0) {
                    entries.put(rest, file.getValue());
                } else {
                    entries.put(rest.substring(0, slash) + "/", rest.substring(0, slash));
                }
            }
            TreeFormatter formatter = new TreeFormatter();
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                String name = entry.getKey();
                if (name.endsWith("/")) {
                    String dirName = name.substring(0, name.length() - 1);
                    formatter.append(dirName, FileMode.TREE, tree(inserter, files, prefix + dirName + "/"));
                } else {
                    formatter.append(name, FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB,
                            ((String) entry.getValue()).getBytes(StandardCharsets.UTF_8)));
                }
            }
            return inserter.insert(formatter);
        }
    }
}
