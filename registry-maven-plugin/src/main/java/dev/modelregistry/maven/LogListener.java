package dev.modelregistry.maven;

import org.apache.maven.plugin.logging.Log;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;

/**
 * Writes what the registry reports to the Maven build log: commits at info level, the progress of
 * transfers that take more than a few seconds, retries after lost races at info level, removed
 * stale locks as warnings.
 */
public final class LogListener implements RegistryListener {

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
        } else if (event instanceof RegistryEvent.Progress progress) {
            String line = transfers.lineFor(progress);
            if (line != null) {
                log.info(line);
            }
        }
    }

    private static String abbreviate(String commitId) {
        return commitId.length() > 12 ? commitId.substring(0, 12) : commitId;
    }
}
