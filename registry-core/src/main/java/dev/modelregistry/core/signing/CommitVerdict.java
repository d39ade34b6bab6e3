package dev.modelregistry.core.signing;

/**
 * Whether one commit is signed by an allowed key.
 *
 * @param commit the commit's full id
 * @param subject the commit's subject line, for messages
 * @param status what the signature check found
 * @param detail the principal of the key for {@link Status#SIGNED}; else why it is not trusted
 */
public record CommitVerdict(String commit, String subject, Status status, String detail) {

    /** The outcome of checking one commit's signature. */
    public enum Status {
        /** A valid signature by a key of the allowed signers file. */
        SIGNED,
        /** No signature at all. */
        UNSIGNED,
        /** A signature that does not verify, or by a key that the allowed signers file does not list. */
        UNKNOWN_SIGNER
    }

    /** True for a valid signature by an allowed key. */
    public boolean trusted() {
        return status == Status.SIGNED;
    }

    /** The commit as messages name it: abbreviated id and subject, such as {@code 1a2b3c4d ("Register churn 1.0.0")}. */
    public String describeCommit() {
        return commit.substring(0, Math.min(commit.length(), 12)) + " (\"" + subject + "\")";
    }

    /** Why the commit is not trusted, as a clause: {@code it is not signed}, {@code its signature ...}. */
    public String describeProblem() {
        return switch (status) {
            case SIGNED -> "it is signed by " + detail;
            case UNSIGNED -> "it is not signed";
            case UNKNOWN_SIGNER -> "its signature is not by an allowed signer (" + detail + ")";
        };
    }
}
