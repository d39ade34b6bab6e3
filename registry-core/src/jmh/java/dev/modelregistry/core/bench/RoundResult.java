package dev.modelregistry.core.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.testing.CpuUse;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.RegistryInvariants;

/**
 * What one {@link WriterRound} did.
 *
 * @param targets where each writer registered, by writer
 * @param logs each writer's output, by writer
 * @param perWriter how many versions each writer registered
 * @param nanos the time from the gate opening to the last writer's exit
 * @param landedCommits how many commits the registries' branches gained
 * @param lostRaces how many commits were written but lost the race for the branch (left unreachable)
 */
record RoundResult(List<WriterTarget> targets, List<Path> logs, int perWriter, long nanos, int landedCommits, int lostRaces) {

    /** The number of registrations of the round. */
    int registrations() {
        return targets.size() * perWriter;
    }

    /** Registrations per second, all writers together. */
    double perSecond() {
        return registrations() / (nanos / 1e9);
    }

    /** The distribution of the registrations' times, from each one's start to its landing, as the writers printed them. */
    Latencies latencies() {
        return Latencies.of(RegisterLoop.waits(logs));
    }

    /** What the writers' timed registrations spent of the processors, all writers together. */
    CpuUse cpu() {
        return CpuUse.sum(logs);
    }

    /**
     * Checks that no update was lost: every writer was told of each of its registrations, the
     * branches gained one commit per registration, and for every target {@link RegistryInvariants}
     * finds no violation (every version a writer was told it got is there with its artifact, none
     * twice, the versions contiguous, one register commit each, {@code git fsck --full --strict}
     * clean). Throws {@link IllegalStateException} naming every violation otherwise.
     */
    void verify() {
        List<String> violations = new ArrayList<>();
        if (landedCommits != registrations()) {
            violations.add("the branches gained " + landedCommits + " commits for " + registrations() + " registrations");
        }
        logsByTarget().forEach((target, targetLogs) -> {
            List<RegistryInvariants.Claim> claims = RegistryInvariants.claims(targetLogs);
            if (claims.size() != targetLogs.size() * perWriter) {
                violations.add("the writers of " + target.model() + " in " + target.registry() + " were told of "
                        + claims.size() + " registrations, not " + targetLogs.size() * perWriter);
            }
            violations.addAll(RegistryInvariants.violations(target.registry(), target.model(), claims));
        });
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Lost update: " + registrations() + " registrations did not all land once"
                    + " each: " + violations);
        }
    }

    private Map<WriterTarget, List<Path>> logsByTarget() {
        Map<WriterTarget, List<Path>> byTarget = new LinkedHashMap<>();
        for (int p = 0; p < targets.size(); p++) {
            byTarget.computeIfAbsent(targets.get(p), target -> new ArrayList<>()).add(logs.get(p));
        }
        return byTarget;
    }
}
