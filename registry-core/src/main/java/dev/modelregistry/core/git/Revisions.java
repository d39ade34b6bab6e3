package dev.modelregistry.core.git;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;

/** Finds commits in a registry repository with JGit: by revision expression, and merge bases. */
final class Revisions {

    private Revisions() {
    }

    /**
     * The commit {@code commitish} names in {@code repository}.
     *
     * @throws RegistryUsageException naming {@code commitish} when it names no commit
     */
    static ObjectId resolve(Repository repository, String commitish, String refName) {
        String problem;
        try {
            ObjectId id = commitish.isBlank() ? null : repository.resolve(commitish + "^{commit}");
            if (id != null) {
                return id;
            }
            problem = "names no commit";
        } catch (AmbiguousObjectException e) {
            problem = "is an ambiguous abbreviation";
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            problem = "is not a commit";
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot resolve \"" + commitish + "\": " + e.getMessage(), e);
        }
        throw new RegistryUsageException(Input.REVISION, "\"" + commitish + "\" " + problem + " in the registry at "
                + repository.getDirectory() + "; give a branch, tag or full commit id that exists there, such as "
                + Repository.shortenRefName(refName) + ".");
    }

    /**
     * The newest commit reachable from {@code head} but not from {@code since} (from all of
     * history when {@code since} is null) with the trailer {@code key: value}, and its trailers.
     */
    static Optional<TrailedCommit> commitWithTrailer(Repository repository, ObjectId head, ObjectId since, String key,
            String value) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(since));
            }
            for (RevCommit commit : walk) {
                List<Trailer> trailers = CommitMessage.trailersOf(commit);
                if (trailers.contains(new Trailer(key, value))) {
                    return Optional.of(new TrailedCommit(commit.copy(), trailers));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read the history of " + head.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The best common ancestor of {@code base} and {@code head}, where a change from {@code base}
     * to {@code head} starts; {@code base} itself when it is an ancestor of {@code head}, and
     * {@code null} (an empty registry) when the two share no history.
     */
    static ObjectId mergeBase(Repository repository, ObjectId base, ObjectId head) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(base));
            walk.markStart(walk.parseCommit(head));
            RevCommit found = walk.next();
            return found == null ? null : found.copy();
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot find the merge base of " + base.name() + " and " + head.name()
                    + ": " + e.getMessage(), e);
        }
    }
}
