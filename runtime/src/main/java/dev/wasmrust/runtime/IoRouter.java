package dev.wasmrust.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * The standard streams of whichever run is current. Host functions (and Chicory's WASI, which wants
 * fixed streams at construction) write to the router; each run points it at its own sink and source.
 */
final class IoRouter {
    private volatile ByteSink sink = ByteSink.DISCARD;
    private volatile ByteSource source = ByteSource.EMPTY;

    void begin(ByteSink s, ByteSource in) {
        sink = s;
        source = in;
    }

    void end() {
        sink.flush();
        sink = ByteSink.DISCARD;
        source = ByteSource.EMPTY;
    }

    /** The end of a run's code, on its own thread: text still held by the decoder goes out. */
    void flush() {
        sink.flush();
    }

    void write(StdStream stream, byte[] b, int off, int len) {
        sink.write(stream, b, off, len);
    }

    int read(byte[] b, int off, int len) throws IOException {
        return source.read(b, off, len);
    }

    /** Reads for hosts that cannot throw checked exceptions; an interrupted read ends the cell. */
    int readOrInterrupt(byte[] b, int off, int len) {
        try {
            int n = read(b, off, len);
            return Math.max(n, 0);
        } catch (InterruptedIOException e) {
            throw new CellSignal.Interrupt();
        } catch (IOException e) {
            return 0;
        }
    }

    OutputStream stream(StdStream which) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(which, new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sink.write(which, b, off, len);
            }
        };
    }

    InputStream stdin() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n <= 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return source.read(b, off, len);
                } catch (InterruptedIOException e) {
                    throw new CellSignal.Interrupt();
                }
            }
        };
    }
}
