package dev.modelregistry.core.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the bytes read through it to a {@link ProgressReporter}, for uploads the HTTP client reads. */
final class ProgressInputStream extends FilterInputStream {

    private final ProgressReporter progress;

    ProgressInputStream(InputStream in, ProgressReporter progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(n);
        return n;
    }

    private void count(int n) {
        if (n < 0) {
            progress.finish();
        } else {
            progress.advance(n);
        }
    }
}
