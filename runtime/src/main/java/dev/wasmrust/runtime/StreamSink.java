package dev.wasmrust.runtime;

import java.io.IOException;
import java.io.OutputStream;

/** Output bytes straight to streams, unchanged: whole programs behave like processes. */
final class StreamSink implements ByteSink {
    private final OutputStream out;
    private final OutputStream err;

    StreamSink(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void write(StdStream stream, byte[] b, int off, int len) {
        try {
            (stream == StdStream.STDOUT ? out : err).write(b, off, len);
        } catch (IOException e) {
            // a closed pipe swallows output, as a process writing to it would see
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // nothing left to flush into a closed stream
        }
    }
}
