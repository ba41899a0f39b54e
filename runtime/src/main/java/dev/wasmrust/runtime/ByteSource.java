package dev.wasmrust.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

/** Where a cell's standard input comes from. */
interface ByteSource {
    /** Like {@link InputStream#read(byte[], int, int)}: -1 at end of input. */
    int read(byte[] b, int off, int len) throws IOException;

    ByteSource EMPTY = (b, off, len) -> -1;

    static ByteSource of(InputStream in) {
        return in::read;
    }

    /** Asks the callback for a line whenever the previous one is used up. */
    static ByteSource of(InputSource source) {
        return new ByteSource() {
            private byte[] line = new byte[0];
            private int pos;
            private boolean eof;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (pos == line.length) {
                    if (eof) {
                        return -1;
                    }
                    String next;
                    try {
                        next = source.readLine();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("input interrupted");
                    }
                    if (next == null) {
                        eof = true;
                        return -1;
                    }
                    line = (next + "\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                int n = Math.min(len, line.length - pos);
                System.arraycopy(line, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }
}
