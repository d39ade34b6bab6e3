package dev.modelregistry.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A branch's head read straight from its loose ref file ({@code refs/heads/<branch>} in the Git
 * directory), as Git's files backend keeps it, without opening JGit's repository. Git writes
 * that file whole by renaming a lock file over it, and a loose ref overrides a packed one, so
 * its content is the head. Anything else (no loose file, a symbolic ref, a repository with a
 * reftable, a file that is not one id and a newline) reads as unknown, for JGit to resolve.
 */
final class LooseBranchRef {

    /** A loose ref: 40 lowercase hexadecimal digits and a newline. */
    private static final int LENGTH = 41;

    private final Path gitDir;
    private final Path file;

    /** The loose ref {@code refName} (such as {@code refs/heads/main}) of the repository at {@code gitDir}. */
    LooseBranchRef(Path gitDir, String refName) {
        this.gitDir = gitDir;
        this.file = gitDir.resolve(refName);
    }

    /**
     * The id of the commit the ref names (40 lowercase hexadecimal digits), or empty when it
     * cannot be read as a plain loose ref.
     */
    Optional<String> read() {
        if (Files.exists(gitDir.resolve("reftable"))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(LENGTH + 1);
            return isPlainId(content) ? Optional.of(new String(content, 0, LENGTH - 1, StandardCharsets.US_ASCII))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isPlainId(byte[] content) {
        if (content.length != LENGTH || content[LENGTH - 1] != '\n') {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            byte b = content[i];
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
