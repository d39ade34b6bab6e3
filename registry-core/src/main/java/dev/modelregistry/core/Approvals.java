package dev.modelregistry.core;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import dev.modelregistry.core.history.RevCommitFacts;

/**
 * The approvals recorded by the merges on a branch: for each merge commit on the first-parent
 * chain from a head, every commit it brought in (reachable from its other parents, not from its
 * first) was approved by the merge's author at the merge's commit time. A change proposed for
 * review arrives this way: its commit is the merge's second parent.
 */
final class Approvals {

    private final Map<ObjectId, Approval> byCommit;

    private Approvals(Map<ObjectId, Approval> byCommit) {
        this.byCommit = byCommit;
    }

    /** The approvals of the merges on the first-parent chain from {@code head}. */
    static Approvals along(Repository repository, ObjectId head) throws IOException {
        Map<ObjectId, Approval> byCommit = new HashMap<>();
        try (RevWalk chain = new RevWalk(repository); RevWalk merged = new RevWalk(repository)) {
            RevCommit commit = chain.parseCommit(head);
            while (true) {
                if (commit.getParentCount() > 1) {
                    Approval approval = HistoryReader.approvalOf(RevCommitFacts.of(commit));
                    merged.reset();
                    merged.markUninteresting(merged.parseCommit(commit.getParent(0)));
                    for (int i = 1; i < commit.getParentCount(); i++) {
                        merged.markStart(merged.parseCommit(commit.getParent(i)));
                    }
                    for (RevCommit brought : merged) {
                        byCommit.putIfAbsent(brought.toObjectId(), approval);
                    }
                }
                if (commit.getParentCount() == 0) {
                    return new Approvals(byCommit);
                }
                commit = chain.parseCommit(commit.getParent(0));
            }
        }
    }

    /** The approval of {@code commit}; empty when it did not arrive by a merge. */
    Optional<Approval> of(ObjectId commit) {
        return Optional.ofNullable(byCommit.get(commit));
    }
}
