package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SSH signing keys made with the real {@code ssh-keygen}, and allowed signers files listing them. */
public final class SigningKeys {

    /**
     * One ECDSA P-256 key pair without passphrase (JGit's SSH module signs with ECDSA and RSA keys out of the box; Ed25519 needs an EdDSA provider).
     *
     * @param privateKey the private key file, as {@code user.signingKey} takes it
     * @param publicKey the public key line, {@code ecdsa-sha2-nistp256 AAAA... comment}
     * @param principal who the key belongs to, as the allowed signers file names them
     */
    public record SigningKey(Path privateKey, String publicKey, String principal) {
    }

    private SigningKeys() {
    }

    /** Makes a new key pair for {@code principal} in {@code directory}, named {@code name}. */
    public static SigningKey generate(Path directory, String name, String principal) {
        Path key = directory.resolve(name);
        run("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", principal, "-f", key.toString());
        try {
            return new SigningKey(key, Files.readString(key.resolveSibling(name + ".pub")).strip(), principal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an allowed signers file at {@code file} that lists {@code keys} for Git signatures. */
    public static Path allowedSigners(Path file, SigningKey... keys) {
        String lines = Stream.of(keys).map(k -> k.principal() + " namespaces=\"git\" " + k.publicKey())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            return Files.writeString(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
