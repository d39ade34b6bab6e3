package dev.modelregistry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.query.SearchQuery;

/**
 * The checker of the reliability suite: what a registry must be after any number of concurrent
 * writers, crashes and kills. Given the registrations that writers reported as done (their
 * claims), it lists every violation it finds:
 *
 * <ul>
 *   <li>a writer was told it registered a version but there is no registry (not created yet is
 *       the state before the first write);</li>
 *   <li>{@code git fsck --full --strict} is not clean;</li>
 *   <li>the model's versions are not exactly {@code 0.0.1} to {@code 0.0.n} (a gap);</li>
 *   <li>the {@code register} commits on the branch do not name exactly those versions, once each
 *       (a duplicate, a commit whose version is missing, a version without its commit: a state
 *       that is neither before nor after a write);</li>
 *   <li>a version or artifact that a writer was told it registered is not in the registry, or
 *       two writers were told they got the same version (a lost update).</li>
 * </ul>
 */
public final class RegistryInvariants {

    private static final String CLAIM = "registered ";

    private RegistryInvariants() {
    }

    /** A registration a writer was told succeeded: the version it got for its artifact. */
    public record Claim(String version, String sha256) {
    }

    /** The line a writer prints for each registration it made, read back by {@link #claims}. */
    public static String claimLine(ModelCard card) {
        return CLAIM + card.version() + " " + card.artifact().sha256();
    }

    /** The claims that the writers printed into {@code logs}. */
    public static List<Claim> claims(Collection<Path> logs) {
        List<Claim> claims = new ArrayList<>();
        for (Path log : logs) {
            try {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith(CLAIM)) {
                        String[] parts = line.substring(CLAIM.length()).split(" ");
                        claims.add(new Claim(parts[0], parts[1]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return claims;
    }

    /**
     * Asserts that the writers whose {@code logs} these are were told of {@code expected}
     * registrations of {@code model}, that the checker finds no violation, and that the branch
     * {@code main} has exactly one commit per registration; returns the claims.
     */
    public static List<Claim> assertAllLanded(Path registry, String model, Collection<Path> logs, int expected) {
        List<Claim> claims = claims(logs);
        assertEquals(expected, claims.size(), "every writer was told each registration landed");
        assertEquals(List.of(), violations(registry, model, claims));
        assertEquals(Integer.toString(expected), new GitCli(registry).run("rev-list", "--count", "main").strip(),
                "one commit per registration");
        return claims;
    }

    /** Every violation in the registry at {@code registry}, for {@code model} and the writers' {@code claims}. */
    public static List<String> violations(Path registry, String model, Collection<Claim> claims) {
        List<String> violations = new ArrayList<>();
        if (!Files.exists(registry)) {
            return claimViolations(claims, Map.of());
        }
        GitCli.Result fsck = new GitCli(registry).tryRun("fsck", "--full", "--strict");
        if (fsck.exitCode() != 0) {
            violations.add("git fsck --full --strict failed: " + fsck.stdout() + fsck.stderr());
        }
        List<ModelCard> cards;
        try (ModelRegistry reader = new TestRegistries().open(registry)) {
            cards = reader.search(SearchQuery.all()).stream().filter(card -> card.name().equals(ModelName.of(model)))
                    .sorted(Comparator.comparing(ModelCard::version)).toList();
        }
        for (int i = 0; i < cards.size(); i++) {
            String expected = "0.0." + (i + 1);
            if (!cards.get(i).version().toString().equals(expected)) {
                violations.add("gap: version " + (i + 1) + " of " + model + " is " + cards.get(i).version()
                        + ", expected " + expected);
                break;
            }
        }
        Map<String, String> digests = cards.stream().collect(Collectors.toMap(c -> c.version().toString(),
                c -> c.artifact().sha256()));
        violations.addAll(commitViolations(registry, model, digests));
        violations.addAll(claimViolations(claims, digests));
        return violations;
    }

    private static List<String> commitViolations(Path registry, String model, Map<String, String> digests) {
        List<String> violations = new ArrayList<>();
        GitCli git = new GitCli(registry);
        boolean empty = git.tryRun("rev-parse", "--verify", "-q", "refs/heads/main").exitCode() != 0;
        String log = empty ? "" : git.run("log", "--first-parent", "--format=%(trailers:key=Model-Version,valueonly)",
                "-E", "--grep=^Registry-Action: register$", "--grep=^Model: " + model + "$", "--all-match", "main");
        Map<String, Long> committed = log.lines().filter(line -> !line.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        committed.forEach((version, count) -> {
            if (count > 1) {
                violations.add("duplicate: " + count + " register commits for " + model + "@" + version);
            }
            if (!digests.containsKey(version)) {
                violations.add("torn state: a register commit names " + model + "@" + version + " but its card is missing");
            }
        });
        digests.keySet().stream().filter(version -> !committed.containsKey(version)).sorted().forEach(version ->
                violations.add("torn state: " + model + "@" + version + " has a card but no register commit"));
        return violations;
    }

    private static List<String> claimViolations(Collection<Claim> claims, Map<String, String> digests) {
        List<String> violations = new ArrayList<>();
        Map<String, Claim> byVersion = new HashMap<>();
        for (Claim claim : claims) {
            Claim earlier = byVersion.putIfAbsent(claim.version(), claim);
            if (earlier != null && !earlier.equals(claim)) {
                violations.add("lost update: two writers were told they registered " + claim.version()
                        + " (artifacts " + earlier.sha256() + " and " + claim.sha256() + ")");
            }
            String registered = digests.get(claim.version());
            if (!claim.sha256().equals(registered)) {
                violations.add("lost update: a writer registered " + claim.version() + " with artifact "
                        + claim.sha256() + ", but the registry has " + (registered == null ? "no such version"
                        : "artifact " + registered));
            }
        }
        return violations;
    }
}
