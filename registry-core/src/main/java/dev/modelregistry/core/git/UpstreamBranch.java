package dev.modelregistry.core.git;

import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The remote branch a registry repository mirrors, when the registry is shared through a remote
 * Git repository: the local repository is then only a cache. Reads fetch the branch first; a
 * write pushes its one commit with the head it was planned on as the lease, and runs again
 * when another writer pushed first.
 */
public interface UpstreamBranch {

    /**
     * Fetches the branch, makes the local branch equal to it and returns its head; empty when
     * the remote has no such branch yet. Offline, returns the local branch head unchanged.
     */
    Optional<ObjectId> refresh();

    /**
     * Refuses a write that cannot be pushed now, such as one made offline.
     *
     * @throws dev.modelregistry.core.RegistryUsageException naming {@code operation} and the fix
     */
    void checkWritable(String operation);

    /**
     * Makes {@code commit} the head of the remote branch if the remote head is still
     * {@code expected} (null: the branch must not exist yet), then moves the local branch to it.
     *
     * @return empty when the commit landed, else why not: another writer won, or the branch was
     *     locked (the write runs again)
     */
    Optional<LostPush> push(ObjectId expected, ObjectId commit);

    /**
     * Pushes {@code commit} to a new review branch of the remote named after the change in
     * {@code message}; the registry branch does not move.
     */
    ReviewRequest propose(ObjectId commit, CommitMessage message);
}
