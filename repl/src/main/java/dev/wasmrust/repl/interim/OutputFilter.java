package dev.wasmrust.repl.interim;

import dev.wasmrust.runtime.OutputListener;
import dev.wasmrust.runtime.StdStream;
import java.util.function.UnaryOperator;

/**
 * The assembled program replays the committed cells before the new one; their output was shown when they
 * ran, so everything up to the new cell's marker is dropped. After it, stdout passes through until the
 * value marker (the rest is the value's Debug text, kept aside), and stderr passes through line by line so
 * panic locations can be rewritten to the cell's own lines. Chunks may split a marker anywhere.
 */
final class OutputFilter implements OutputListener {
    static final String VALUE_MARKER = "\u0001value\u0001";

    private final String cellMarker;
    private final OutputListener downstream;
    private final UnaryOperator<String> rewriteErrLine;
    private final StringBuilder outPending = new StringBuilder();
    private final StringBuilder errPending = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private boolean outStarted;
    private boolean errStarted;
    private boolean inValue;

    OutputFilter(String cellMarker, OutputListener downstream, UnaryOperator<String> rewriteErrLine) {
        this.cellMarker = cellMarker;
        this.downstream = downstream;
        this.rewriteErrLine = rewriteErrLine;
    }

    @Override
    public synchronized void output(StdStream stream, String text) {
        if (stream == StdStream.STDOUT) {
            stdout(text);
        } else {
            stderr(text);
        }
    }

    private void stdout(String text) {
        if (inValue) {
            value.append(text);
            return;
        }
        outPending.append(text);
        if (!outStarted) {
            int at = outPending.indexOf(cellMarker);
            if (at < 0) {
                keepTail(outPending, cellMarker.length() - 1);
                return;
            }
            outStarted = true;
            outPending.delete(0, at + cellMarker.length());
        }
        int v = outPending.indexOf(VALUE_MARKER);
        if (v >= 0) {
            emit(StdStream.STDOUT, outPending.substring(0, v));
            value.append(outPending, v + VALUE_MARKER.length(), outPending.length());
            outPending.setLength(0);
            inValue = true;
            return;
        }
        // hold back only a possible beginning of the value marker
        int hold = partialSuffix(outPending, VALUE_MARKER);
        emit(StdStream.STDOUT, outPending.substring(0, outPending.length() - hold));
        outPending.delete(0, outPending.length() - hold);
    }

    private void stderr(String text) {
        errPending.append(text);
        if (!errStarted) {
            int at = errPending.indexOf(cellMarker);
            if (at < 0) {
                keepTail(errPending, cellMarker.length() - 1);
                return;
            }
            errStarted = true;
            errPending.delete(0, at + cellMarker.length());
        }
        int nl;
        while ((nl = errPending.indexOf("\n")) >= 0) {
            emit(StdStream.STDERR, rewriteErrLine.apply(errPending.substring(0, nl)) + "\n");
            errPending.delete(0, nl + 1);
        }
    }

    /** At the end of the run: whatever is still held back (an unfinished last line) goes out. */
    synchronized void finish() {
        if (outStarted && !inValue && outPending.length() > 0) {
            emit(StdStream.STDOUT, outPending.toString());
        }
        if (errStarted && errPending.length() > 0) {
            emit(StdStream.STDERR, rewriteErrLine.apply(errPending.toString()));
        }
        outPending.setLength(0);
        errPending.setLength(0);
    }

    /** The value's Debug text (without the newline {@code println!} added), or null when none was printed. */
    synchronized String value() {
        if (!inValue) {
            return null;
        }
        String v = value.toString();
        return v.endsWith("\n") ? v.substring(0, v.length() - 1) : v;
    }

    private void emit(StdStream s, String text) {
        if (!text.isEmpty()) {
            downstream.output(s, text);
        }
    }

    private static void keepTail(StringBuilder sb, int n) {
        if (sb.length() > n) {
            sb.delete(0, sb.length() - n);
        }
    }

    /** The length of the longest suffix of {@code sb} that is a proper prefix of {@code marker}. */
    private static int partialSuffix(StringBuilder sb, String marker) {
        for (int k = Math.min(marker.length() - 1, sb.length()); k > 0; k--) {
            if (sb.substring(sb.length() - k).equals(marker.substring(0, k))) {
                return k;
            }
        }
        return 0;
    }
}
