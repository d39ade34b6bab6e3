package dev.modelregistry.core.git;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * An object reader that keeps the trees it read, so that one read or one write attempt, which
 * looks up several paths through the same trees, reads and inflates each tree once. A model with
 * thousands of versions has a directory tree of tens of kilobytes, which every path lookup under
 * it scanned again. It keeps the trees for its own life only: close it with the read or the
 * attempt.
 */
final class TreeKeepingReader extends ObjectReader.Filter {

    private final ObjectReader delegate;
    private final Map<ObjectId, byte[]> trees = new HashMap<>();

    /** A reader that reads through {@code delegate}, and closes it when closed. */
    TreeKeepingReader(ObjectReader delegate) {
        this.delegate = delegate;
    }

    @Override
    protected ObjectReader delegate() {
        return delegate;
    }

    @Override
    public ObjectLoader open(AnyObjectId id, int typeHint) throws IOException {
        if (typeHint != Constants.OBJ_TREE) {
            return delegate.open(id, typeHint);
        }
        byte[] kept = trees.get(id);
        if (kept == null) {
            ObjectLoader loader = delegate.open(id, typeHint);
            if (loader.isLarge()) {
                return loader;
            }
            kept = loader.getCachedBytes();
            trees.put(id.copy(), kept);
        }
        return new ObjectLoader.SmallObject(Constants.OBJ_TREE, kept);
    }
}
