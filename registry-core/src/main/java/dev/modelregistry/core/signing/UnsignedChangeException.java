package dev.modelregistry.core.signing;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A read that requires signed history found a commit, among those that made the files it
 * relies on, without a signature by an allowed key. The message names the commit, the file and
 * the fix; nothing was returned or fetched.
 */
public final class UnsignedChangeException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    private final String commit;
    private final String path;

    /** The refusal of {@code what} because of {@code change}, judged by {@code requirement}. */
    public UnsignedChangeException(String what, SignedHistory.UntrustedChange change,
            SignatureRequirement requirement) {
        super(Input.REGISTRY, "Refusing " + what + ": commit " + change.verdict().describeCommit() + " changed "
                + change.path() + ", and " + change.verdict().describeProblem() + ". Only history signed by a key"
                + " in " + requirement.allowedSigners() + " is trusted. Revert that change or make it again in a"
                + " commit signed by an allowed key (git config commit.gpgSign true; gpg.format ssh;"
                + " user.signingKey <key>), or, if the signer is to be trusted, add their key to the allowed"
                + " signers file.");
        this.commit = change.verdict().commit();
        this.path = change.path();
    }

    /** The full id of the commit that is not trusted. */
    public String commit() {
        return commit;
    }

    /** The file it changed that the refused read relies on. */
    public String path() {
        return path;
    }
}
