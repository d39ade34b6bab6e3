package dev.modelregistry.core.git;

/**
 * A registry write as a pure function of the branch head. It may run several times: after a
 * lost race it runs again on the new head, so it must not have side effects of its own.
 */
@FunctionalInterface
public interface WriteOperation<R> {

    /** Decides what to change, given the files at the current head. */
    WritePlan<R> plan(GitSnapshot head);
}
