package dev.modelregistry.core.git;

import java.util.zip.Deflater;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.CoreConfig.LogRefUpdates;
import org.eclipse.jgit.lib.Repository;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * The settings of the repository's Git configuration that decide how a write puts its files, read
 * once per write, before the writer's turn.
 *
 * @param looseCompression the zlib level of loose objects: {@code core.looseCompression}, else
 *     {@code core.compression}, else 1, as Git has it
 * @param fsyncObjects whether each object file is forced to disk ({@code core.fsyncObjectFiles}, as JGit reads it)
 * @param fsyncRefs whether the branch's new value is forced to disk ({@code core.fsyncRefFiles}, as JGit reads it)
 * @param branchReflog whether moves of the branch are logged: {@code core.logAllRefUpdates}, which
 *     is on by default in a repository with a work tree only
 */
record GitWriteSettings(int looseCompression, boolean fsyncObjects, boolean fsyncRefs, boolean branchReflog) {

    /**
     * The settings of {@code repository}.
     *
     * @throws RegistryUsageException when the compression level is out of range, naming the fix
     */
    static GitWriteSettings of(Repository repository) {
        Config config = repository.getConfig();
        int level = config.getInt("core", "looseCompression", config.getInt("core", "compression", 1));
        if (level < Deflater.DEFAULT_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
            throw new RegistryUsageException(Input.REGISTRY, "core.looseCompression or core.compression is " + level
                    + " in the Git configuration of " + repository.getDirectory() + "; set it to a level from -1 to 9"
                    + " (git config core.looseCompression 1)");
        }
        LogRefUpdates reflog = config.getEnum("core", null, "logAllRefUpdates",
                repository.isBare() ? LogRefUpdates.FALSE : LogRefUpdates.TRUE);
        boolean logs = reflog != LogRefUpdates.FALSE;
        return new GitWriteSettings(level, config.getBoolean("core", "fsyncObjectFiles", false),
                config.getBoolean("core", "fsyncRefFiles", false), logs);
    }
}
