package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * Hostile names (docs/reliability.md, item 8), each used as a model name and as a version: it is
 * rejected before any write, or it round-trips exactly, and the registry never writes a tree or
 * ref that {@code git fsck --strict} flags. Names that differ only by case or by Unicode
 * normalisation never make two models.
 */
class HostileNamesTest {

    private static final String CAFE_NFC = Normalizer.normalize("caf\u00e9", Normalizer.Form.NFC);
    private static final String CAFE_NFD = Normalizer.normalize("caf\u00e9", Normalizer.Form.NFD);

    /** Git's invalid ref name parts, path tricks, Windows devices, lengths and look-alikes. */
    private static final List<String> CORPUS = List.of(
            "a..b", "a.lock", "x.lock", "X.LOCK", "1.0.0.lock", "1.0.0-x.lock", "a b", "a~1", "a^b", "a:b", "a?b", "a*b",
            "a[b", "a\\b", "a@{1}", "@", "a/", "/a", "a//b", ".a", "a.", "-a", "a\u007f", "a\u0000b", "a\tb", "a\nb",
            "..", ".", ".git", ".GIT", "git~1", "a/b", "../a", "models", "CON", "con", "nul.txt", "COM1", "lpt9.x", "AUX",
            "PRN.onnx", "COM\u00b9", CAFE_NFC, CAFE_NFD, "\u212Aelvin", "a\u200Bb", "x".repeat(64), "x".repeat(65),
            "x".repeat(300), "1.0.0", "1.0.0-" + "x".repeat(300), "2.0.0+" + "b".repeat(58), "01.0.0", "v1.0.0", "",
            "churn", "Churn", "CHURN");

    @TempDir
    Path dir;

    @Test
    void eachNameIsRefusedBeforeAnyWriteOrRoundTripsExactly() {
        Path registry = dir.resolve("registry");
        List<String> keptAsModel = new ArrayList<>();
        List<String> keptAsVersion = new ArrayList<>();
        try (ModelRegistry open = new TestRegistries().open(registry)) {
            open.register(Samples.request("seed", "seed").build());
            for (String text : CORPUS) {
                if (registerAsModel(open, registry, text)) {
                    keptAsModel.add(text);
                }
                if (registerAsVersion(open, registry, text)) {
                    keptAsVersion.add(text);
                }
            }
        }
        assertEquals(List.of("models", "x".repeat(64), "1.0.0", "01.0.0", "v1.0.0", "churn"), keptAsModel,
                "the names that are kept");
        assertEquals(List.of("1.0.0", "2.0.0+" + "b".repeat(58)), keptAsVersion);
        GitCli git = new GitCli(registry);
        git.run("fsck", "--full", "--strict");
        assertEquals(Integer.toString(1 + keptAsModel.size() + keptAsVersion.size()),
                git.run("rev-list", "--count", "main").strip(), "one commit per name kept, none for a name refused");
        System.out.println("hostile names: " + CORPUS.size() + " names, each as a model name and as a version: "
                + keptAsModel.size() + " kept as names, " + keptAsVersion.size() + " as versions, the rest refused"
                + " before any write; fsck --strict clean");
    }

    @Test
    void namesThatDifferOnlyByCaseOrNormalisationNeverMakeTwoModels() {
        try (ModelRegistry open = new TestRegistries().open(dir.resolve("registry"))) {
            open.register(Samples.request("churn", "a").build());
            ConflictException clash = assertThrows(ConflictException.class,
                    () -> open.register(Samples.request("Churn", "b").build()));
            assertTrue(clash.getMessage().contains("names are unique regardless of case"), clash.getMessage());
            for (String unicode : List.of(CAFE_NFC, CAFE_NFD, "\u212Aelvin")) {
                assertEquals(Input.NAME, assertThrows(RegistryUsageException.class, () -> ModelName.of(unicode)).input());
            }
            assertEquals(1, open.listModels().size());
        }
    }

    /** Registers {@code text} as a model name if it is one; true when it was kept, read back exactly. */
    private static boolean registerAsModel(ModelRegistry open, Path registry, String text) {
        return keptExactly(registry, text, ModelName::of,
                name -> open.register(RegisterRequest.builder(name, Samples.artifact("model " + text)).build()),
                () -> open.get(ModelReference.parse(text + "@latest")).name().value());
    }

    /** Registers {@code text} as a version of churn if it is one; true when it was kept, read back exactly. */
    private static boolean registerAsVersion(ModelRegistry open, Path registry, String text) {
        return keptExactly(registry, text, Version::parse,
                version -> open.register(Samples.request("churn", "version " + text).version(version).build()),
                () -> open.get(ModelReference.parse("churn@" + text)).version().toString());
    }

    /**
     * Parses {@code text} and registers it; true when it was kept and {@code readBack} gives it exactly, false when
     * parsing or registering refused it, leaving the branch where it was.
     */
    private static <T> boolean keptExactly(Path registry, String text, Function<String, T> parse, Consumer<T> register,
            Supplier<String> readBack) {
        String before = head(registry);
        try {
            register.accept(parse.apply(text));
        } catch (RegistryUsageException refused) {
            assertEquals(before, head(registry), text);
            return false;
        }
        assertEquals(text, readBack.get());
        return true;
    }

    private static String head(Path registry) {
        return new GitCli(registry).run("rev-parse", "main").strip();
    }
}
