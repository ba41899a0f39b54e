package dev.wasmrust.runtime;

/** Where a cell's output bytes go. */
interface ByteSink {
    void write(StdStream stream, byte[] b, int off, int len);

    /** The end of a run: nothing may stay buffered. */
    void flush();

    ByteSink DISCARD = new ByteSink() {
        @Override
        public void write(StdStream stream, byte[] b, int off, int len) {
        }

        @Override
        public void flush() {
        }
    };
}
