package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.revwalk.RevCommit;

import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.RegistryPolicy;

/**
 * Checks a whole registry tree at one commit against {@code docs/registry-format.md}, collecting
 * every problem instead of stopping at the first: the core of a CI gate on pull requests to the
 * registry repository. Files are read with the same strict readers the registry uses.
 */
public final class RegistryChecker {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line);

    private RegistryChecker() {
    }

    /** Every problem of the files in {@code snapshot}, ordered by path and line. */
    public static CheckReport check(GitSnapshot snapshot) {
        List<Problem> problems = new ArrayList<>();
        List<ModelDir> dirs = new LayoutScan(snapshot, problems).models();
        FileChecks files = new FileChecks(snapshot, problems);
        Optional<RegistryPolicy> policy = files.policy();
        List<CheckedModel> models = dirs.stream().map(files::model).toList();
        new ConsistencyChecks(policy, models, problems).run();
        problems.sort(ORDER);
        int versions = dirs.stream().mapToInt(dir -> dir.versions().size()).sum();
        return new CheckReport(snapshot.commit().map(RevCommit::name), dirs.size(), versions, problems);
    }
}
