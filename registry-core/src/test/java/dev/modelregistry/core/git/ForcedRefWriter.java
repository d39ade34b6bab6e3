package dev.modelregistry.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A deliberately broken writer, for tests only: it plans and commits a write exactly as the
 * registry does, but then forces the branch to its commit instead of compare-and-swap, so a
 * writer that raced it loses its commit. The reliability checker must see those lost updates.
 */
public final class ForcedRefWriter {

    private ForcedRefWriter() {
    }

    /** Plans {@code op} on the branch head and forces the branch to the commit; returns the plan's result. */
    public static <R> R write(RegistryRepository registry, Actor actor, WriteOperation<R> op) {
        Repository repository = registry.jgit();
        try (ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader);
             ObjectInserter inserter = repository.newObjectInserter()) {
            Ref ref = repository.exactRef(registry.refName());
            RevCommit head = ref == null ? null : walk.parseCommit(ref.getObjectId());
            WritePlan<R> plan = op.plan(new GitSnapshot(reader, head));
            if (!plan.changes()) {
                return plan.result();
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(new SubtreeRewriter(reader, inserter).apply(head == null ? null : head.getTree(),
                    plan.edits()));
            if (head != null) {
                commit.setParentId(head);
            }
            PersonIdent ident = new PersonIdent(actor.name(), actor.email());
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setEncoding(StandardCharsets.UTF_8);
            commit.setMessage(plan.message().format());
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(registry.refName());
            update.setNewObjectId(id);
            RefUpdate.Result result = update.forceUpdate();
            if (result == RefUpdate.Result.LOCK_FAILURE) {
                return write(registry, actor, op);
            }
            return plan.result();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
