package dev.modelregistry.core.remote;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PackLock;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;

import dev.modelregistry.core.ConflictException;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.LostPush;
import dev.modelregistry.core.git.ReviewRequest;
import dev.modelregistry.core.git.UpstreamBranch;

/**
 * The registry branch of a remote, mirrored in a local cache clone. Every refresh asks the remote
 * for the branch head, fetches what the cache lacks and moves the cache's branch to it. A push
 * sends the new commit with the head it was planned on as the expected old id (a lease), and
 * moves the cache's branch only once the remote took it, so the cache never holds a commit the
 * remote lacks. A push refused because the branch moved or was locked meanwhile is a lost race;
 * any other refusal fails at once. A change for review is pushed to a new branch named after it;
 * proposing the very same commit again finds it there and is no error.
 */
final class RemoteMirror implements UpstreamBranch {

    /** What remotes say when an update lost to another one: Git, JGit and Git hosts word it so. */
    private static final Pattern LOST_RACE =
            Pattern.compile("(?i)lock|failed to update ref|non-fast-forward|fetch first|stale info");
    /** Of those, what a remote says when the branch was locked rather than moved. */
    private static final Pattern LOCKED = Pattern.compile("(?i)lock");
    /** The most of the remote's own messages an error quotes. */
    private static final int MAX_QUOTED = 800;

    private final Repository cache;
    private final RemoteUrl url;
    private final String branch;
    private final String refName;
    private final boolean offline;
    private final RegistryListener listener;
    private final RemoteTransport transport;

    RemoteMirror(Repository cache, RemoteUrl url, String branch, RemoteOptions options, RegistryListener listener) {
        this.cache = cache;
        this.url = url;
        this.branch = branch;
        this.refName = Constants.R_HEADS + branch;
        this.offline = options.offline();
        this.listener = listener;
        this.transport = new RemoteTransport(cache, url, options.credentialsOrEnvironment());
    }

    @Override
    public Optional<ObjectId> refresh() {
        if (offline) {
            return localHead();
        }
        Optional<ObjectId> head = fetchHead();
        mirror(head.orElse(null));
        listener.onEvent(new RegistryEvent.Fetched(url.toString(), refName, head.map(ObjectId::name)));
        return head;
    }

    /** Asks the remote for the branch head and fetches the objects the cache lacks; empty when there is no branch. */
    private Optional<ObjectId> fetchHead() {
        try (Transport connection = transport.open();
             FetchConnection fetch = connection.openFetch(List.of(new RefSpec(refName)))) {
            Ref advertised = fetch.getRef(refName);
            Optional<ObjectId> head = Optional.ofNullable(advertised).map(Ref::getObjectId);
            if (head.isPresent() && !cache.getObjectDatabase().has(head.get())) {
                fetch.fetch(NullProgressMonitor.INSTANCE, List.of(advertised), Set.of());
                for (PackLock lock : fetch.getPackLocks()) {
                    lock.unlock();
                }
                checkComplete(head.get());
            }
            return head;
        } catch (IOException e) {
            throw transport.failure("fetch " + branch + " of", e);
        }
    }

    @Override
    public void checkWritable(String operation) {
        if (offline) {
            throw new RegistryUsageException(Input.REGISTRY, "Cannot " + operation + ": the registry " + url
                    + " is open offline, and a write must be pushed to it. Open it without offline mode to write.");
        }
    }

    @Override
    public Optional<LostPush> push(ObjectId expected, ObjectId commit) {
        Sent sent = send(commit, refName, expected);
        switch (sent.update().getStatus()) {
            case OK -> {
                mirror(commit);
                listener.onEvent(new RegistryEvent.Pushed(url.toString(), refName, commit.name()));
                return Optional.empty();
            }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                return Optional.of(new LostPush("another writer pushed to " + branch + " of " + url + " first", false));
            }
            case REJECTED_OTHER_REASON -> {
                String reason = transport.redact(String.valueOf(sent.update().getMessage()));
                if (LOST_RACE.matcher(reason).find()) {
                    return Optional.of(new LostPush(branch + " of " + url + " changed or was locked (" + reason + ")",
                            LOCKED.matcher(reason).find()));
                }
                throw rejected(sent, reason);
            }
            default -> throw new RegistryInternalException("Cannot push " + commit.name() + " to " + branch + " of "
                    + url + ": " + sent.update().getStatus() + ". The remote is unchanged.", null);
        }
    }

    @Override
    public ReviewRequest propose(ObjectId commit, CommitMessage message) {
        String review = ReviewBranches.nameFor(message);
        Sent sent = send(commit, Constants.R_HEADS + review, null);
        switch (sent.update().getStatus()) {
            case OK, UP_TO_DATE -> {
                listener.onEvent(new RegistryEvent.Pushed(url.toString(), Constants.R_HEADS + review, commit.name()));
                return new ReviewRequest(url.toString(), review, branch, commit.name(), message.subject(),
                        PullRequestLinks.of(url, review, branch));
            }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new ConflictException(Input.REGISTRY,
                    "A review of this change is open already: the branch " + review + " exists on " + url
                    + ". Merge or close its pull request and delete the branch, then try again.");
            case REJECTED_OTHER_REASON -> throw rejected(sent, transport.redact(String.valueOf(sent.update().getMessage())));
            default -> throw new RegistryInternalException("Cannot push " + commit.name() + " to " + review + " of "
                    + url + ": " + sent.update().getStatus() + ". The remote is unchanged.", null);
        }
    }

    /** Sends {@code commit} to {@code ref} if the remote's {@code ref} is {@code expected} (null: missing). */
    private Sent send(ObjectId commit, String ref, ObjectId expected) {
        try (Transport connection = transport.open()) {
            RemoteRefUpdate update = new RemoteRefUpdate(cache, (String) null, commit, ref, false, null,
                    expected == null ? ObjectId.zeroId() : expected);
            PushResult result = connection.push(NullProgressMonitor.INSTANCE, List.of(update));
            return new Sent(result.getRemoteUpdate(ref), result.getMessages());
        } catch (IOException e) {
            throw transport.failure("push to " + Repository.shortenRefName(ref) + " of", e);
        }
    }

    private RemoteRejectedException rejected(Sent sent, String reason) {
        String said = quoted(sent.messages());
        return new RemoteRejectedException(url.toString(), reason, "The registry " + url + " refused the push to "
                + Repository.shortenRefName(sent.update().getRemoteName()) + ": " + reason + "."
                + (said.isEmpty() ? "" : " It said: " + said + ".")
                + " Nothing was written. Fix what the remote names, or ask its administrators for access.");
    }

    /** The remote's own messages (hook output) on one line, without control characters or credentials. */
    private String quoted(String messages) {
        String oneLine = messages.lines()
                .map(line -> line.replaceAll("\\p{Cntrl}", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" / "));
        String clean = transport.redact(oneLine);
        return clean.length() > MAX_QUOTED ? clean.substring(0, MAX_QUOTED) + "..." : clean;
    }

    /** Makes sure everything reachable from a fetched head arrived, as {@code git fetch} does. */
    private void checkComplete(ObjectId head) throws IOException {
        try (ObjectWalk walk = new ObjectWalk(cache)) {
            walk.markStart(walk.parseAny(head));
            Optional<ObjectId> local = localHead();
            if (local.isPresent() && cache.getObjectDatabase().has(local.get())) {
                walk.markUninteresting(walk.parseAny(local.get()));
            }
            walk.checkConnectivity();
        }
    }

    /**
     * Moves the cache's branch to {@code head} (deletes it for null), whatever it was. A lock
     * held by another process using the same cache is left alone: that process mirrors the same
     * remote, and reads use the head the remote gave, not the cache's branch.
     */
    private void mirror(ObjectId head) {
        try {
            RefUpdate update = cache.updateRef(refName);
            update.setForceUpdate(true);
            if (head != null) {
                update.setNewObjectId(head);
                update.update();
            } else if (cache.exactRef(refName) != null) {
                update.delete();
            }
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot update the registry cache at " + cache.getDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<ObjectId> localHead() {
        try {
            return Optional.ofNullable(cache.exactRef(refName)).map(Ref::getObjectId);
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read " + refName + " in the registry cache at "
                    + cache.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** A push's result for its one ref, with the messages the remote sent (hook output). */
    private record Sent(RemoteRefUpdate update, String messages) {
    }
}
