package dev.modelregistry.core.git;

/**
 * Why a push to the remote branch did not land, when the write should run again.
 *
 * @param cause what the remote said, for the retry's event
 * @param locked true when the remote's branch was locked (a push of another writer in progress,
 *     or a lock left on the server), false when another writer's push moved it first
 */
public record LostPush(String cause, boolean locked) {
}
