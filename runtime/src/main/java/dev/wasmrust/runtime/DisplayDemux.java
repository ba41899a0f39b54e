package dev.wasmrust.runtime;

/**
 * Cuts the display blocks that the standard library's {@code display} module writes to stdout
 * ({@code ESC ] 5379 ; MIME ; PAYLOAD BEL}) out of a cell's output and hands them to a {@link DisplaySink},
 * passing all other text on unchanged and in order. Output arrives in chunks that may split a block
 * anywhere, so an unfinished block (or a possible start of one) is held back until the rest arrives.
 */
public final class DisplayDemux implements OutputListener {
    static final String START = "\u001b]5379;";
    static final char END = '\u0007';

    private final OutputListener downstream;
    private final DisplaySink sink;
    private final StringBuilder pending = new StringBuilder();

    public DisplayDemux(OutputListener downstream, DisplaySink sink) {
        this.downstream = downstream;
        this.sink = sink;
    }

    /** The listener the runtime should write {@code io}'s output to: {@code io}'s own when it takes the blocks as text. */
    public static OutputListener of(CellIo io) {
        return io.display() == DisplaySink.PASS_THROUGH ? io.output() : new DisplayDemux(io.output(), io.display());
    }

    @Override
    public synchronized void output(StdStream stream, String text) {
        if (stream != StdStream.STDOUT) {
            downstream.output(stream, text);
            return;
        }
        pending.append(text);
        while (true) {
            int start = pending.indexOf(START);
            if (start < 0) {
                int hold = partialStart();
                pass(pending.length() - hold);
                return;
            }
            pass(start);
            int end = pending.indexOf(String.valueOf(END), START.length());
            if (end < 0) {
                return;
            }
            String block = pending.substring(START.length(), end);
            pending.delete(0, end + 1);
            int semi = block.indexOf(';');
            if (semi < 0) {
                downstream.output(StdStream.STDOUT, block);
            } else {
                sink.display(block.substring(0, semi), block.substring(semi + 1));
            }
        }
    }

    /** Sends the first {@code n} pending characters on. */
    private void pass(int n) {
        if (n > 0) {
            downstream.output(StdStream.STDOUT, pending.substring(0, n));
            pending.delete(0, n);
        }
    }

    /** The length of the longest suffix of the pending text that could begin a block. */
    private int partialStart() {
        for (int k = Math.min(START.length() - 1, pending.length()); k > 0; k--) {
            if (pending.substring(pending.length() - k).equals(START.substring(0, k))) {
                return k;
            }
        }
        return 0;
    }
}
