package org.cxlint.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers why it failed. A {@link java.io.PrintWriter} only says <em>that</em>
 * writing failed ({@code checkError()}); this keeps the reason (such as "No space left on device") for the
 * one line the user is told.
 */
public final class WatchedStream extends FilterOutputStream {
    private volatile IOException failure;

    public WatchedStream(OutputStream out) {
        super(out);
    }

    /** The first write or flush error, or null. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw keep(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw keep(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw keep(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } catch (IOException e) {
            throw keep(e);
        }
    }

    private IOException keep(IOException e) {
        if (failure == null) failure = e;
        return e;
    }
}
