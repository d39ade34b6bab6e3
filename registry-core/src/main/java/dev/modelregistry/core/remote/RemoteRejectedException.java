package dev.modelregistry.core.remote;

import java.util.Objects;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A remote registry refused a push for a reason other than another writer being first: a hook
 * declined it, the branch is protected, or this user may not push. It is not retried; the remote
 * is unchanged.
 */
public final class RemoteRejectedException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    private final String remote;
    private final String reason;

    /**
     * Creates the error.
     *
     * @param remote the remote, without credentials
     * @param reason the reason the remote gave, such as {@code pre-receive hook declined}
     * @param message the whole message, naming the remote, the branch, the reason and what the remote said
     */
    public RemoteRejectedException(String remote, String reason, String message) {
        super(Input.REGISTRY, message);
        this.remote = Objects.requireNonNull(remote, "remote");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The remote, without credentials. */
    public String remote() {
        return remote;
    }

    /** The reason the remote gave for refusing the push. */
    public String reason() {
        return reason;
    }
}
