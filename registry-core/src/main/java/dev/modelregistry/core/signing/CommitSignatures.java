package dev.modelregistry.core.signing;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SignatureVerifier;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.modelregistry.core.RegistryInternalException;

/**
 * Checks commit signatures against a {@link SignatureRequirement}, through JGit's SSH signature
 * verifier (the same rules as {@code git verify-commit} with {@code gpg.ssh.allowedSignersFile}:
 * the key must be listed, for the {@code git} namespace, and valid at the commit's time). An
 * OpenPGP signature cannot be verified here and counts as an unknown signer. Verdicts are kept
 * per commit id, since a commit never changes.
 */
public final class CommitSignatures {

    private final Repository repository;
    private final GpgConfig config;
    private final Map<ObjectId, CommitVerdict> verdicts = new ConcurrentHashMap<>();

    /** Checks commits of {@code repository} against the keys {@code requirement} allows. */
    public CommitSignatures(Repository repository, SignatureRequirement requirement) {
        this.repository = repository;
        Config settings = new Config();
        settings.setString(ConfigConstants.CONFIG_GPG_SECTION, null, ConfigConstants.CONFIG_KEY_FORMAT,
                GpgConfig.GpgFormat.SSH.toConfigValue());
        settings.setString(ConfigConstants.CONFIG_GPG_SECTION, ConfigConstants.CONFIG_SSH_SUBSECTION,
                ConfigConstants.CONFIG_KEY_SSH_ALLOWED_SIGNERS_FILE, requirement.allowedSigners().toString());
        this.config = new GpgConfig(settings);
    }

    /** The verdict on {@code commit}, which must have been parsed (its body loaded). */
    public CommitVerdict verify(RevCommit commit) {
        return verdicts.computeIfAbsent(commit.copy(), id -> check(commit));
    }

    private CommitVerdict check(RevCommit commit) {
        String subject = commit.getShortMessage();
        byte[] signature = commit.getRawGpgSignature();
        if (signature == null) {
            return new CommitVerdict(commit.name(), subject, CommitVerdict.Status.UNSIGNED, "");
        }
        GpgConfig.GpgFormat format = SignatureVerifiers.getFormat(signature);
        if (format != GpgConfig.GpgFormat.SSH) {
            return new CommitVerdict(commit.name(), subject, CommitVerdict.Status.UNKNOWN_SIGNER,
                    "a " + format.toConfigValue() + " signature, and only SSH signatures can be checked");
        }
        try {
            SignatureVerifier.SignatureVerification result = SignatureVerifiers.verify(repository, config, commit);
            if (result != null && result.verified()) {
                return new CommitVerdict(commit.name(), subject, CommitVerdict.Status.SIGNED, result.keyUser());
            }
            String why = result == null ? "no verifier for SSH signatures"
                    : (result.message() == null ? "the signature does not verify" : result.message())
                            + (result.keyFingerprint() == null ? "" : ", key " + result.keyFingerprint());
            return new CommitVerdict(commit.name(), subject, CommitVerdict.Status.UNKNOWN_SIGNER, why);
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot check the signature of commit " + commit.name() + ": "
                    + e.getMessage(), e);
        }
    }
}
