package dev.modelregistry.maven;

import org.apache.maven.plugin.logging.Log;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.git.ReviewRequest;

/**
 * Writes what the registry reports to the Maven build log: commits and pushes to a remote registry
 * at info level, the progress of transfers that take more than a few seconds, retries after lost
 * races at info level, fetches at debug level, removed stale locks as warnings, and a change
 * proposed for review as a block that names the branch pushed and the page that opens its pull
 * request.
 */
public final class LogListener implements RegistryListener {

    private static final String RULE = "-".repeat(72);

    private final Log log;
    private final TransferProgress transfers = new TransferProgress(System::nanoTime);

    /** A listener writing to {@code log}. */
    public LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void onEvent(RegistryEvent event) {
        if (event instanceof RegistryEvent.Committed committed) {
            log.info("Committed " + abbreviate(committed.commitId()) + " " + committed.subject());
        } else if (event instanceof RegistryEvent.Retrying retrying) {
            log.info("Registry busy (" + retrying.cause() + "); running " + retrying.operation() + " again in "
                    + retrying.pause().toMillis() + " ms, attempt " + retrying.attempt());
        } else if (event instanceof RegistryEvent.StaleLockRemoved stale) {
            log.warn("Removed stale lock " + stale.lockFile() + ", left behind " + stale.age().toSeconds()
                    + " s ago by a process that died");
        } else if (event instanceof RegistryEvent.Fetched fetched) {
            log.debug("Fetched " + fetched.branch() + " of " + fetched.remote() + ": "
                    + fetched.head().map(LogListener::abbreviate).orElse("no such branch yet"));
        } else if (event instanceof RegistryEvent.Pushed pushed) {
            log.info("Pushed " + abbreviate(pushed.commitId()) + " to " + pushed.branch() + " of " + pushed.remote());
        } else if (event instanceof RegistryEvent.HandedOver handed) {
            log.info("Handed the registration of " + handed.model() + " to the process that writes for this"
                    + " registry (Request-Id " + handed.requestId() + ")");
        } else if (event instanceof RegistryEvent.WritingHandedOver writing) {
            log.info("Registering " + writing.model() + " for " + writing.actor() + ", handed over by another"
                    + " process (Request-Id " + writing.requestId() + ")");
        } else if (event instanceof RegistryEvent.ReviewRequested requested) {
            reviewRequested(requested.request());
        } else if (event instanceof RegistryEvent.Progress progress) {
            String line = transfers.lineFor(progress);
            if (line != null) {
                log.info(line);
            }
        }
    }

    private void reviewRequested(ReviewRequest request) {
        log.info(RULE);
        log.info("Proposed for review: " + request.subject());
        log.info("  branch:  " + request.branch() + " (commit " + abbreviate(request.commitId()) + ")");
        log.info("  pushed:  " + request.remote());
        log.info("  merge:   into " + request.targetBranch() + "; it does not change until the pull request is merged");
        log.info(request.pullRequestUrl().map(url -> "  open the pull request: " + url)
                .orElse("  open a pull request from " + request.branch() + " into " + request.targetBranch()
                        + " on the Git host"));
        log.info(RULE);
    }

    private static String abbreviate(String commitId) {
        return commitId.length() > 12 ? commitId.substring(0, 12) : commitId;
    }
}
