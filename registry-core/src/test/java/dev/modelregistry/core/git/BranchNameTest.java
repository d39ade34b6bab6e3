package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;

/**
 * The branch-name check agrees with {@code git check-ref-format} on tricky and random names, but
 * for the names whose loose ref file Windows could not hold.
 */
class BranchNameTest {

    private static final List<String> TRICKY = List.of("main", "feature/x", "release-1.2", "a.b", "@", "a@b",
            "-dash", ".hidden", "x/.y", "x.lock", "x.lock/y", "x/y.lock", "a..b", "a@{b", "a b", "a~1", "a^", "a:b",
            "a?b", "a*b", "a[b", "a\\b", "trailing/", "/leading", "a//b", "trailing.", "a/.", "tab\tx", "ctrl\u0001",
            "del\u007f", "a.lock.b", "{}", "x@{");

    private static final String ALPHABET = "ab./@{-lock ~";

    @TempDir
    Path dir;

    @Test
    void agreesWithGitCheckRefFormat() {
        List<String> names = new ArrayList<>(TRICKY);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder();
            for (int length = 1 + random.nextInt(6); name.length() < length; ) {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            names.add(name.toString());
        }
        GitCli git = GitCli.in(dir);
        List<String> disagreements = new ArrayList<>();
        for (String name : names) {
            boolean gitAccepts = git.tryRun("check-ref-format", "refs/heads/" + name).exitCode() == 0;
            boolean windowsRefuses = name.matches(".*\\.(/.*)?");
            if ((gitAccepts && !windowsRefuses) != BranchName.isValid(name)) {
                disagreements.add("\"" + name + "\": git " + (gitAccepts ? "accepts" : "refuses"));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void refusesTheEmptyNameHeadAndNamesWindowsCannotHold() {
        assertFalse(BranchName.isValid(""));
        assertFalse(BranchName.isValid("HEAD"));
        for (String name : List.of("aux", "CON", "x/nul", "com1.txt", "team/LPT9.x", "a.", "a./b", "a\"b", "a<b", "a>b",
                "a|b")) {
            assertFalse(BranchName.isValid(name), name);
        }
        for (String name : List.of("auxiliary", "con-1", "com10", "x/nulls", "ünïcode", "a.b/c")) {
            assertTrue(BranchName.isValid(name), name);
        }
    }
}
