package dev.modelregistry.core.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A reader's demand that the registry history it relies on be signed by known keys: every commit
 * it checks must carry an SSH signature by a key of {@code allowedSigners}, a file in OpenSSH's
 * allowed signers format (the file {@code git config gpg.ssh.allowedSignersFile} names, one
 * {@code <principal> <key type> <public key>} per line). The file comes from the reader's side,
 * never from the registry it judges: whoever can change the registry could otherwise trust their
 * own key.
 *
 * @param allowedSigners the allowed signers file, as an absolute path
 */
public record SignatureRequirement(Path allowedSigners) {

    /** Makes the path absolute. */
    public SignatureRequirement {
        allowedSigners = Objects.requireNonNull(allowedSigners, "allowedSigners").toAbsolutePath().normalize();
    }

    /**
     * The requirement of signatures by the keys in {@code allowedSigners}.
     *
     * @throws RegistryUsageException (REGISTRY) when the file is not a readable regular file
     */
    public static SignatureRequirement allowedSigners(Path allowedSigners) {
        SignatureRequirement requirement = new SignatureRequirement(allowedSigners);
        Path file = requirement.allowedSigners();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new RegistryUsageException(Input.REGISTRY, "The allowed signers file " + file + " does not exist"
                    + " or cannot be read; give the file that lists the keys allowed to sign registry commits,"
                    + " one \"<principal> <key type> <public key>\" per line, as for git's"
                    + " gpg.ssh.allowedSignersFile.");
        }
        return requirement;
    }
}
