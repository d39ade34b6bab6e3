package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryListener;

/**
 * Lands a write as exactly one commit on the registry branch: it reads the head, lets the
 * operation plan on it, writes blobs, trees and the commit without a working tree, and moves the
 * branch by compare-and-swap. A lost race runs the whole operation again on the new head. When
 * the branch mirrors an {@link UpstreamBranch}, the head is fetched first and the commit is pushed
 * with that head as the lease; a push that another writer beat is a lost race too. The commit is
 * signed when the repository's Git configuration asks for it ({@link CommitSigning}). A plan marked
 * for review goes to a new review branch of the remote instead, and the branch does not move.
 * Writers of a local registry take turns ({@link WriterTurns}), so that they seldom race at all,
 * and the writes that threads of one process queue meanwhile land in the next turn together
 * ({@link WriteQueue}): each its own commit on top of the one before, the branch moved once.
 * The files a write needs (one per object, and one for the branch's new value) are created before
 * its turn ({@link AheadFiles}), so that the turn only fills them and links them into place
 * ({@link LooseObjectInserter}, {@link LooseRefMove}).
 */
final class BranchWriter implements AutoCloseable {

    /** The most commits of other writers counted for one write. */
    private static final int COUNT_LIMIT = 256;

    /** How the files made ahead for objects are named in {@code objects}. */
    static final String OBJECT_FILE_PREFIX = "model-registry-object-";

    /** How the files made ahead for the branch's next value are named in {@code model-registry}. */
    static final String BRANCH_FILE_PREFIX = "branch-";

    /** The objects of a registration: its card, four trees and the commit. */
    private static final int OBJECTS_OF_A_REGISTRATION = 6;

    private final Repository repository;
    private final String refName;
    private final RetryPolicy policy;
    private final Clock clock;
    private final RegistryListener listener;
    private final StaleLocks staleLocks;
    private final Optional<UpstreamBranch> upstream;
    private final FairBackoff fairness;
    private final Optional<WriterTurns> turns;
    private final AheadFiles objectFiles;
    private final AheadFiles branchFiles;
    private final LooseRefMove looseMove;
    private final LooseBranchRef looseHead;
    private final WriteQueue queue = new WriteQueue();
    private final ObjectStorer storer = new ObjectStorer("model-registry objects");

    BranchWriter(Repository repository, String refName, RetryPolicy policy, Clock clock, RegistryListener listener,
            Optional<UpstreamBranch> upstream) {
        this.repository = repository;
        this.refName = refName;
        this.policy = policy;
        this.clock = clock;
        this.listener = listener;
        this.staleLocks = new StaleLocks(repository.getDirectory().toPath(), refName, policy.staleLockAge(), listener);
        this.upstream = upstream;
        this.fairness = new FairBackoff(upstream.isPresent());
        Path gitDir = repository.getDirectory().toPath();
        this.turns = upstream.isPresent() ? Optional.empty() : Optional.of(new WriterTurns(gitDir));
        this.objectFiles = new AheadFiles(gitDir.resolve("objects"), OBJECT_FILE_PREFIX, true,
                upstream.isPresent() ? 0 : OBJECTS_OF_A_REGISTRATION);
        this.branchFiles = new AheadFiles(gitDir.resolve("model-registry"), BRANCH_FILE_PREFIX, false,
                upstream.isPresent() ? 0 : 1);
        this.looseMove = new LooseRefMove(gitDir, refName);
        this.looseHead = new LooseBranchRef(gitDir, refName);
    }

    <R> WriteOutcome<R> write(String operation, Actor actor, WriteOperation<R> op) {
        upstream.ifPresent(branch -> branch.checkWritable(operation));
        long started = System.nanoTime();
        if (turns.isEmpty()) {
            sleep(operation, fairness.beforeWrite(started));
        }
        long deadline = started + saturatedNanos(policy.maxTotalWait());
        PendingWrite<R> write = new PendingWrite<>(operation, actor, op, GitWriteSettings.of(repository),
                objectFiles.reserve(), branchFiles.reserve(), started, deadline);
        try {
            if (turns.isPresent()) {
                queue.land(write, this::land);
            } else {
                land(List.of(write));
            }
            return write.outcome(listener);
        } finally {
            write.release();
        }
    }

    /**
     * Lands {@code batch}, each write as one commit on top of the one before, and records in each
     * what became of it: attempt after attempt, each in a turn, until an attempt moves the branch
     * or needs not, or the writes fail.
     */
    private void land(List<PendingWrite<?>> batch) {
        PendingWrite<?> first = batch.get(0);
        Race race = new Race();
        for (int attempt = 1; ; attempt++) {
            BatchAttempt result;
            try (WriterTurns.Turn turn = takeTurn(first.operation(), first.deadline())) {
                result = tryOnce(batch, race);
            } catch (IOException | RegistryInternalException e) {
                if (race.lookedAgain || !isMissingObject(e)) {
                    batch.forEach(write -> write.failed(failure(write.operation(), e)));
                    return;
                }
                race.lookedAgain = true;
                batch.forEach(PendingWrite::startAttempt);
                tellRetrying(batch, attempt + 1, Duration.ZERO, "an object was missing; looking in the packs again");
                continue;
            }
            if (result.ended()) {
                return;
            }
            batch.forEach(PendingWrite::startAttempt);
            if (result.raced()) {
                race.lostRaces++;
            }
            Duration pause = result.raced() ? fairness.afterLostRace(first.started(), System.nanoTime())
                    : lockedPause(attempt + 1);
            tellRetrying(batch, attempt + 1, pause, result.cause());
            sleep(first.operation(), pause);
            if (Duration.ofNanos(System.nanoTime() - first.started()).compareTo(policy.maxTotalWait()) > 0) {
                for (PendingWrite<?> write : batch) {
                    write.failed(new RegistryInternalException("Gave up on " + write.operation() + " after " + attempt
                            + " attempts: the branch " + refName + " kept changing or stayed locked (" + result.cause()
                            + "). Nothing was written; try again.", null));
                }
                return;
            }
        }
    }

    private void tellRetrying(List<PendingWrite<?>> batch, int attempt, Duration pause, String cause) {
        for (PendingWrite<?> write : batch) {
            listener.onEvent(new RegistryEvent.Retrying(write.operation(), attempt, pause, cause));
        }
    }

    /**
     * True when {@code e} says an object is missing. Maintenance in another process may have just
     * packed a loose object and deleted it, after this process last listed the packs: the next
     * attempt looks in the packs again and finds it, so a write runs once more before it fails.
     * Only an attempt that did not move the branch throws: after the move nothing that reads Git
     * can fail.
     */
    private static boolean isMissingObject(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MissingObjectException) {
                return true;
            }
        }
        return false;
    }

    private RegistryInternalException failure(String operation, Exception e) {
        if (e instanceof RegistryInternalException internal) {
            return internal;
        }
        return new RegistryInternalException("Cannot write to the registry at " + repository.getDirectory()
                + " (" + operation + "): " + e.getMessage() + ". Nothing was written: the branch " + refName
                + " did not move. Fix the cause (free disk space, or give write access to the registry"
                + " directory) and try again.", e);
    }

    /** {@code duration} in nanoseconds, at most a century, so that adding it to a time cannot overflow. */
    private static long saturatedNanos(Duration duration) {
        Duration century = Duration.ofDays(36_525);
        return (duration.compareTo(century) > 0 ? century : duration).toNanos();
    }

    /** This writer's turn among the local writers of the registry; none is taken for a remote one. */
    private WriterTurns.Turn takeTurn(String operation, long deadline) {
        if (turns.isEmpty()) {
            return () -> { };
        }
        try {
            return turns.get().take(deadline);
        } catch (InterruptedException e) {
            throw WriteQueue.interruptedBefore(operation, e);
        }
    }

    /**
     * One attempt at {@code batch}: plans each write on the commit of the one before (the first on
     * the head), writes its commit, and moves the branch from the head to the last commit.
     */
    private BatchAttempt tryOnce(List<PendingWrite<?>> batch, Race race) throws IOException {
        long attemptStarted = System.nanoTime();
        BatchObjects written = new BatchObjects();
        ObjectStorer.Attempt stores = storer.attempt();
        Function<PendingWrite<?>, ObjectInserter> inserters = write -> inserter(write, written, stores);
        try (ObjectReader stored = repository.newObjectReader();
             RevWalk walk = new RevWalk(stored)) {
            ObjectReader reader = written.over(stored); // closing stored is enough
            ObjectId headId = upstream.isPresent() ? upstream.get().refresh().orElse(null) : localHead();
            race.read(headId, fairness);
            RevCommit head = headId == null ? null : walk.parseCommit(headId);
            RevCommit tip = head;
            PendingWrite<?> last = null;
            int commits = 0;
            for (PendingWrite<?> write : batch) {
                write.startAttempt();
                RevCommit made = commitOn(write, tip, reader, walk, inserters, race.lookedAgain);
                if (made != tip) {
                    tip = made;
                    last = write;
                    commits++;
                }
            }
            if (last == null) {
                return BatchAttempt.ENDED;
            }
            stores.awaitAll();
            Optional<BatchAttempt> lost = upstream.isPresent() ? upstream.get().push(head, tip).map(BatchAttempt::of)
                    : moveBranch(walk, head, tip, last, commits);
            fairness.attemptTook(System.nanoTime() - attemptStarted);
            if (lost.isPresent()) {
                return lost.get();
            }
            fairness.landed(tip, landedSinceOrNone(walk, head, race.firstHead), race.lostRaces > 0,
                    System.nanoTime());
            return BatchAttempt.ENDED;
        } finally {
            stores.awaitQuietly();
        }
    }

    /**
     * Plans {@code write} on {@code parent} and writes its commit, recording what became of it;
     * returns the commit, or {@code parent} when the write made none: it changed nothing, was
     * proposed for review, or failed. An operation's own error fails the write only, unless it
     * says an object is missing and the batch has not looked in the packs again yet.
     */
    private <R> RevCommit commitOn(PendingWrite<R> write, RevCommit parent, ObjectReader reader, RevWalk walk,
            Function<PendingWrite<?>, ObjectInserter> inserters, boolean lookedAgain) throws IOException {
        WritePlan<R> plan;
        try {
            plan = write.op().plan(new GitSnapshot(reader, parent));
        } catch (RuntimeException e) {
            if (!lookedAgain && isMissingObject(e)) {
                throw e;
            }
            write.failed(e);
            return parent;
        }
        if (!plan.changes()) {
            write.done(new WriteOutcome<>(plan.result(), Optional.empty()));
            return parent;
        }
        try (ObjectInserter inserter = inserters.apply(write)) {
            ObjectId tree = new SubtreeRewriter(reader, inserter).apply(parent == null ? null : parent.getTree(),
                    plan.edits());
            byte[] raw = commit(parent, tree, write.actor(), plan.message()).build();
            ObjectId commit = inserter.insert(Constants.OBJ_COMMIT, raw);
            inserter.flush();
            if (plan.review() && upstream.isPresent()) {
                ReviewRequest review = upstream.get().propose(commit, plan.message());
                write.done(new WriteOutcome<>(plan.result(), Optional.empty(), Optional.of(review)));
                return parent;
            }
            write.committed(new WriteOutcome<>(plan.result(), Optional.of(commit.name())),
                    new RegistryEvent.Committed(commit.name(), plan.message().subject()));
            return RevCommit.parse(walk, raw);
        }
    }

    /**
     * {@link #landedSince}, counted after the branch moved, outside the window in which other
     * writers can overtake this one; 0 when the commits cannot be read, for the write has landed
     * and must not fail or run again.
     */
    private static int landedSinceOrNone(RevWalk walk, RevCommit parent, ObjectId firstHead) {
        try {
            return landedSince(walk, parent, firstHead);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The inserter of one write of an attempt: for a local registry, into the files made before the
     * turn, on the thread of the {@link ObjectStorer} ({@code stores}, which the attempt waits for
     * before the branch moves); JGit's own for the cache of a remote one, whose writers take no
     * turns (an attempt there is a race with other machines, and files made ahead would only be
     * made by the first attempt).
     */
    private ObjectInserter inserter(PendingWrite<?> write, BatchObjects written, ObjectStorer.Attempt stores) {
        return turns.isPresent()
                ? new LooseObjectInserter(repository, write.objectFiles(), write.settings(), written, stores)
                : repository.newObjectInserter();
    }

    /** How many commits other writers landed between {@code firstHead} and {@code parent}, at most {@value #COUNT_LIMIT}. */
    private static int landedSince(RevWalk walk, RevCommit parent, ObjectId firstHead) throws IOException {
        if (parent == null || parent.equals(firstHead)) {
            return 0;
        }
        walk.reset();
        walk.markStart(parent);
        if (firstHead != null) {
            walk.markUninteresting(walk.parseCommit(firstHead));
        }
        int count = 0;
        while (count < COUNT_LIMIT && walk.next() != null) {
            count++;
        }
        return count;
    }

    /**
     * The local branch's head: from its loose ref file, as {@link RegistryRepository#headName}
     * reads it, else as JGit resolves it (a packed ref, a reftable, a symbolic ref, no branch yet).
     * JGit checks the packed refs first, and their absence costs it several exceptions per write.
     */
    private ObjectId localHead() throws IOException {
        Optional<String> loose = looseHead.read();
        if (loose.isPresent()) {
            return ObjectId.fromString(loose.get());
        }
        Ref ref = repository.exactRef(refName);
        return ref == null ? null : ref.getObjectId();
    }

    /**
     * Moves the local branch from {@code head} to {@code commit}, the commit of {@code last} and the
     * last of {@code commits} new commits; empty when it moved, else the retry. A branch kept as a plain
     * loose ref without a reflog is moved through a file made ahead ({@link LooseRefMove}); any
     * other through JGit, and its reflog gets one entry for the move.
     */
    private Optional<BatchAttempt> moveBranch(RevWalk walk, RevCommit head, ObjectId commit, PendingWrite<?> last,
            int commits) throws IOException {
        if (head != null && !last.settings().branchReflog()) {
            switch (looseMove.move(head, commit, last.branchFile(), last.settings().fsyncRefs())) {
                case MOVED -> {
                    return Optional.empty();
                }
                case LOCKED -> {
                    return Optional.of(lockFailure(head));
                }
                case RACED -> {
                    return Optional.of(BatchAttempt.raced("another writer moved " + refName));
                }
                case FOR_JGIT -> {
                    // moved by JGit below
                }
            }
        }
        RefUpdate update = repository.updateRef(refName);
        update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
        update.setNewObjectId(commit);
        update.setRefLogIdent(ident(last.actor()));
        update.setRefLogMessage("model-registry: " + (commits > 1 ? commits + " commits, the last: " : "")
                + last.committedSubject(), false);
        RefUpdate.Result result = update.update(walk);
        switch (result) {
            case NEW, FAST_FORWARD -> {
                return Optional.empty();
            }
            case LOCK_FAILURE -> {
                return Optional.of(lockFailure(head));
            }
            case REJECTED_MISSING_OBJECT -> throw new RegistryInternalException("Cannot move " + refName + " to "
                    + commit.name() + ": JGit could not read the commits it compares (" + result + ")",
                    new MissingObjectException(commit.copy(), Constants.OBJ_COMMIT));
            default -> throw new RegistryInternalException("Cannot move " + refName + " to " + commit.name()
                    + ": " + result, null);
        }
    }

    /** Tells a lost race from a lock held by someone, and removes a lock left by a dead process. */
    private BatchAttempt lockFailure(RevCommit expected) throws IOException {
        ObjectId current = localHead();
        if (!(expected == null ? current == null : expected.equals(current))) {
            return BatchAttempt.raced("another writer moved " + refName);
        }
        return BatchAttempt.locked(staleLocks.recover() ? "removed a stale lock on " + refName
                : refName + " is locked by another writer");
    }

    /** A random pause with exponential backoff, for a branch that is locked: its holder is not racing, it is slow. */
    private Duration lockedPause(int attempt) {
        long boundMillis = policy.pauseBound(attempt).toMillis();
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(boundMillis + 1));
    }

    private void sleep(String operation, Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryInternalException("Interrupted while waiting to retry " + operation
                    + "; nothing was written.", e);
        }
    }

    private CommitBuilder commit(RevCommit parent, ObjectId tree, Actor actor, CommitMessage message) {
        CommitBuilder builder = new CommitBuilder();
        builder.setTreeId(tree);
        if (parent != null) {
            builder.setParentId(parent);
        }
        PersonIdent ident = ident(actor);
        builder.setAuthor(ident);
        builder.setCommitter(ident);
        builder.setEncoding(StandardCharsets.UTF_8);
        builder.setMessage(message.format());
        CommitSigning.signIfConfigured(repository, builder, ident);
        return builder;
    }

    /** Deletes the files created ahead that no write used. */
    @Override
    public void close() {
        objectFiles.close();
        branchFiles.close();
    }

    private PersonIdent ident(Actor actor) {
        return new PersonIdent(actor.name(), actor.email(), clock.instant(), clock.getZone());
    }

    /**
     * How an attempt at a batch ended: with every write's outcome recorded ({@link #ENDED}), or
     * to run again, with why and whether it lost a race (else: it found the branch locked).
     */
    private record BatchAttempt(boolean ended, String cause, boolean raced) {
        static final BatchAttempt ENDED = new BatchAttempt(true, null, false);

        static BatchAttempt raced(String cause) {
            return new BatchAttempt(false, cause, true);
        }

        static BatchAttempt locked(String cause) {
            return new BatchAttempt(false, cause, false);
        }

        static BatchAttempt of(LostPush lost) {
            return lost.locked() ? locked(lost.cause()) : raced(lost.cause());
        }
    }

    /**
     * What one batch has seen across its attempts: the head its first attempt read, how many races
     * it lost, and whether it already ran again for a missing object.
     */
    private static final class Race {
        private boolean first = true;
        private ObjectId firstHead;
        private int lostRaces;
        private boolean lookedAgain;

        void read(ObjectId head, FairBackoff fairness) {
            if (first) {
                first = false;
                firstHead = head;
                if (head != null) {
                    fairness.firstRead(head, System.nanoTime());
                }
            }
        }
    }
}
