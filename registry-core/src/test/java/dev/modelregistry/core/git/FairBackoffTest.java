package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The pauses of {@link FairBackoff}, from measured attempt times given in nanoseconds. */
class FairBackoffTest {

    private static final long UNIT = 100_000_000L;
    private static final ObjectId MINE = ObjectId.fromString("1111111111111111111111111111111111111111");
    private static final ObjectId THEIRS = ObjectId.fromString("2222222222222222222222222222222222222222");

    @Test
    void aWriterThatNeverSawOthersNeverPauses() {
        FairBackoff local = new FairBackoff(false);
        local.attemptTook(UNIT);
        local.firstRead(MINE, 0);
        local.landed(MINE, 0, false, UNIT);
        assertEquals(Duration.ZERO, local.beforeWrite(UNIT + 1));
        local.firstRead(MINE, UNIT + 1);
        assertEquals(Duration.ZERO, local.beforeWrite(2 * UNIT));
    }

    @RepeatedTest(20)
    void theLongerAWriteHasWaitedTheShorterItPausesAfterALostRace() {
        FairBackoff backoff = withSevenOthersPerWrite();
        long now = 100 * UNIT;
        Duration young = backoff.afterLostRace(now - UNIT, now);
        Duration older = backoff.afterLostRace(now - 4 * UNIT, now);
        Duration overdue = backoff.afterLostRace(now - 30 * UNIT, now);
        assertTrue(young.compareTo(older) > 0, young + " after 1 attempt's time, " + older + " after 4");
        assertTrue(older.compareTo(overdue) > 0, older + " after 4 attempts' times, " + overdue + " after 30");
        assertTrue(young.toNanos() <= 8 * UNIT, "the turn of 7 others and this writer, less its wait: " + young);
        assertTrue(overdue.toNanos() <= UNIT / 5, "an overdue writer retries almost at once: " + overdue);
    }

    @RepeatedTest(20)
    void aWriterThatLandedWhileOthersWereWaitingYieldsBeforeItsNextWrite() {
        FairBackoff backoff = new FairBackoff(false);
        backoff.attemptTook(UNIT);
        backoff.firstRead(MINE, 0);
        backoff.landed(MINE, 2, true, UNIT);
        Duration pause = backoff.beforeWrite(2 * UNIT);
        assertTrue(pause.toNanos() >= UNIT / 2 && pause.toNanos() <= UNIT, "about one attempt's time: " + pause);
    }

    @Test
    void aHeadThatOthersMovedCountsAsContentionForAWhile() {
        FairBackoff backoff = new FairBackoff(false);
        backoff.attemptTook(UNIT);
        backoff.landed(MINE, 0, false, 0);
        backoff.firstRead(THEIRS, UNIT);
        assertTrue(backoff.beforeWrite(2 * UNIT).toNanos() > 0, "others wrote since this writer's last commit");
        assertEquals(Duration.ZERO, backoff.beforeWrite(UNIT + 61 * UNIT), "forgotten after 60 attempts' times");
    }

    @RepeatedTest(20)
    void onARemoteAWriteRightAfterTheLastLandingYieldsToWritersThatCannotBeSeen() {
        FairBackoff remote = new FairBackoff(true);
        remote.attemptTook(UNIT);
        remote.firstRead(MINE, 0);
        remote.landed(MINE, 0, false, UNIT);
        Duration backToBack = remote.beforeWrite(UNIT + UNIT / 10);
        assertTrue(backToBack.toNanos() >= UNIT / 2 && backToBack.toNanos() <= UNIT, "yields: " + backToBack);
        assertEquals(Duration.ZERO, remote.beforeWrite(UNIT + 3 * UNIT), "a later write does not");
    }

    /** A backoff whose writes saw 7 other writes land while each was under way. */
    private static FairBackoff withSevenOthersPerWrite() {
        FairBackoff backoff = new FairBackoff(false);
        backoff.attemptTook(UNIT);
        for (int i = 0; i < 50; i++) {
            backoff.landed(MINE, 7, true, i * UNIT);
        }
        return backoff;
    }
}
