package dev.modelregistry.core.git;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;

/**
 * One write on its way to the branch: what it asks for, what it prepared before its turn, and
 * what became of it. A write may land in a batch that another thread of the process leads
 * ({@link WriteQueue}); that thread records what became of it in each attempt, and the result
 * counts once the attempt that ends the batch has ended.
 *
 * @param <R> what the operation returns
 */
final class PendingWrite<R> {

    private final String operation;
    private final Actor actor;
    private final WriteOperation<R> op;
    private final GitWriteSettings settings;
    private final AheadFiles.Reserved objectFiles;
    private final AheadFiles.Reserved branchFile;
    private final long started;
    private final long deadline;
    private WriteOutcome<R> outcome;
    private RegistryEvent.Committed landed;
    private RuntimeException failure;

    /**
     * The write {@code op} named {@code operation} by {@code actor}, started at {@code started}
     * and waiting for its turn until {@code deadline} ({@link System#nanoTime()}), which writes by
     * {@code settings} into the files reserved before its turn.
     */
    PendingWrite(String operation, Actor actor, WriteOperation<R> op, GitWriteSettings settings,
            AheadFiles.Reserved objectFiles, AheadFiles.Reserved branchFile, long started, long deadline) {
        this.operation = operation;
        this.actor = actor;
        this.op = op;
        this.settings = settings;
        this.objectFiles = objectFiles;
        this.branchFile = branchFile;
        this.started = started;
        this.deadline = deadline;
    }

    String operation() {
        return operation;
    }

    Actor actor() {
        return actor;
    }

    WriteOperation<R> op() {
        return op;
    }

    GitWriteSettings settings() {
        return settings;
    }

    AheadFiles.Reserved objectFiles() {
        return objectFiles;
    }

    AheadFiles.Reserved branchFile() {
        return branchFile;
    }

    long started() {
        return started;
    }

    long deadline() {
        return deadline;
    }

    /** Forgets what an attempt that did not end the batch recorded. */
    void startAttempt() {
        outcome = null;
        landed = null;
        failure = null;
    }

    /** Records the outcome of a write that made no commit or proposed one for review. */
    void done(WriteOutcome<R> done) {
        outcome = done;
    }

    /** Records the outcome of a write whose commit the branch gets if this attempt moves it. */
    void committed(WriteOutcome<R> done, RegistryEvent.Committed event) {
        outcome = done;
        landed = event;
    }

    /** The subject of the commit this attempt made for the write. */
    String committedSubject() {
        return landed.subject();
    }

    /** Records that the write failed, with the error its caller gets. */
    void failed(RuntimeException error) {
        outcome = null;
        landed = null;
        failure = error;
    }

    /**
     * What became of the write, once its batch ended: its outcome, told to {@code listener} when
     * it landed a commit.
     *
     * @throws RuntimeException the error it failed with
     */
    WriteOutcome<R> outcome(RegistryListener listener) {
        if (failure != null) {
            throw failure;
        }
        if (landed != null) {
            listener.onEvent(landed);
        }
        return outcome;
    }

    /** Gives back the files reserved for the write; once it is over. */
    void release() {
        objectFiles.release();
        branchFile.release();
    }
}
