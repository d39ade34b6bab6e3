package dev.modelregistry.core.check;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.GitSnapshot.FileEntry;
import dev.modelregistry.core.policy.CodeOwnersFile;
import dev.modelregistry.core.policy.Owners;
import dev.modelregistry.core.store.RegistryLayout;

/**
 * Rule {@code codeowners}: when {@code registry.yaml} names owners of the registry or of models,
 * the {@code CODEOWNERS} file at the root is exactly the one they give, so that the Git host
 * requires those owners' approval, and no {@code .github/CODEOWNERS} hides it from GitHub.
 */
final class CodeOwnersCheck {

    private static final String FIX = "write it from registry.yaml's owners: mvn model:check"
            + " -Dmodel.writeCodeowners=true (ModelRegistry.writeCodeOwners), or change the owners in registry.yaml";
    /** No generated file comes near this; a larger one is reported without being read. */
    private static final long MAX_SIZE = 1024 * 1024;
    private static final int QUOTED = 120;

    private CodeOwnersCheck() {
    }

    /** Adds the problems of the owners files in {@code snapshot} for {@code owners} to {@code problems}. */
    static void run(GitSnapshot snapshot, Owners owners, List<Problem> problems) {
        if (!owners.namesCodeOwners()) {
            return;
        }
        String path = RegistryLayout.CODEOWNERS_FILE;
        Optional<FileEntry> file = snapshot.file(path);
        if (file.isEmpty()) {
            problems.add(CheckRule.CODEOWNERS.at(path, 0, "registry.yaml names owners, but there is no " + path
                    + " file, so the Git host requires no owner's approval", FIX));
        } else if (file.get().size() > MAX_SIZE) {
            problems.add(CheckRule.CODEOWNERS.at(path, 0, "the file has " + file.get().size() + " bytes, far more"
                    + " than the owners in registry.yaml give", FIX));
        } else {
            compare(new String(snapshot.read(file.get()), StandardCharsets.UTF_8), CodeOwnersFile.render(owners),
                    problems);
        }
        if (snapshot.file(RegistryLayout.GITHUB_CODEOWNERS_FILE).isPresent()) {
            problems.add(CheckRule.CODEOWNERS.at(RegistryLayout.GITHUB_CODEOWNERS_FILE, 0, "GitHub reads this file"
                    + " instead of the " + path + " that registry.yaml's owners give, so those owners are not"
                    + " required there", "delete it, and name its owners in registry.yaml"));
        }
    }

    /** Reports the first line at which {@code actual} differs from {@code expected}. */
    private static void compare(String actual, String expected, List<Problem> problems) {
        if (actual.equals(expected)) {
            return;
        }
        String path = RegistryLayout.CODEOWNERS_FILE;
        if (actual.replace("\r\n", "\n").equals(expected)) {
            problems.add(CheckRule.CODEOWNERS.at(path, 1, "the file ends its lines with CR LF, where the owners in"
                    + " registry.yaml give LF alone", FIX));
            return;
        }
        if ((actual + "\n").equals(expected)) {
            problems.add(CheckRule.CODEOWNERS.at(path, (int) expected.lines().count(), "the last line has no line"
                    + " break at its end, as the owners in registry.yaml give it", FIX));
            return;
        }
        List<String> have = actual.lines().toList();
        List<String> want = expected.lines().toList();
        int line = 0;
        while (line < have.size() && line < want.size() && have.get(line).equals(want.get(line))) {
            line++;
        }
        String found = line < have.size() ? "is " + quoted(have.get(line)) : "is missing";
        String given = line < want.size() ? quoted(want.get(line)) : "no line (the file ends before it)";
        problems.add(CheckRule.CODEOWNERS.at(path, line + 1, "line " + (line + 1) + " "
                + found + " where the owners in registry.yaml give " + given, FIX));
    }

    private static String quoted(String line) {
        String clean = line.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (clean.length() > QUOTED ? clean.substring(0, QUOTED) + "..." : clean) + "\"";
    }
}
