package dev.modelregistry.core.git;

import java.io.IOException;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.transport.CredentialsProvider;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * Signs registry commits the way {@code git commit} would with the repository's Git configuration
 * (its own, the user's and the system's): when {@code commit.gpgSign} is true, with the format of
 * {@code gpg.format} and the key of {@code user.signingKey}. SSH signing ({@code gpg.format=ssh})
 * is built in through JGit's Apache MINA SSH module: {@code user.signingKey} is the path of a
 * private key without passphrase, or of a public key (or {@code key::<public key>}) whose private
 * key ssh-agent holds. Asked for a format it cannot sign with, it refuses rather than write an
 * unsigned commit.
 */
final class CommitSigning {

    private CommitSigning() {
    }

    /**
     * Signs {@code commit}, complete but for its signature, when the configuration of
     * {@code repository} asks for signed commits; else leaves it unsigned.
     *
     * @throws RegistryUsageException (REGISTRY) when signing is asked for but cannot be done
     */
    static void signIfConfigured(Repository repository, CommitBuilder commit, PersonIdent committer) {
        GpgConfig config = new GpgConfig(repository.getConfig());
        if (!config.isSignCommits()) {
            return;
        }
        String format = config.getKeyFormat().toConfigValue();
        Signer signer = Signers.get(config.getKeyFormat());
        if (signer == null) {
            throw new RegistryUsageException(Input.REGISTRY, "The Git configuration of " + repository.getDirectory()
                    + " asks for signed commits (commit.gpgSign=true) in the " + format + " format, which Model"
                    + " Registry cannot sign with. Nothing was written. Sign with SSH keys instead (git config"
                    + " gpg.format ssh; git config user.signingKey <key file>), or turn signing off for this"
                    + " repository (git config commit.gpgSign false).");
        }
        try {
            signer.signObject(repository, config, commit, committer, null, CredentialsProvider.getDefault());
        } catch (CanceledException | IOException | UnsupportedSigningFormatException | JGitInternalException e) {
            throw new RegistryUsageException(Input.REGISTRY, "Cannot sign the commit in " + repository.getDirectory()
                    + " with the " + format + " key user.signingKey=" + config.getSigningKey() + ": "
                    + e.getMessage() + ". Nothing was written. Set user.signingKey to an SSH private key file"
                    + " without passphrase, or to a public key whose private key ssh-agent holds, or turn"
                    + " signing off (git config commit.gpgSign false).", e);
        }
    }
}
