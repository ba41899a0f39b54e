package dev.wasmrust.repl;

import dev.wasmrust.runtime.StdStream;
import java.io.PrintWriter;
import org.jline.utils.AttributedStyle;

/**
 * Where the REPL writes: a cell's stdout and stderr, values, diagnostics and messages. Interactive mode
 * sends both streams to the terminal; batch mode keeps them apart and never colors. It remembers whether
 * the last thing written ended a line, so a value or message after {@code print!("no newline")} starts on
 * a line of its own.
 */
final class ReplConsole {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean color;
    private boolean outAtLineStart = true;
    private boolean errAtLineStart = true;

    ReplConsole(PrintWriter out, PrintWriter err, boolean color) {
        this.out = out;
        this.err = err;
        this.color = color;
    }

    boolean color() {
        return color;
    }

    /** A cell's output, as it arrives (called on the thread running the cell). */
    synchronized void cellOutput(StdStream stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (stream == StdStream.STDOUT) {
            out.print(text);
            out.flush();
            outAtLineStart = text.endsWith("\n");
            if (out == err) {
                errAtLineStart = outAtLineStart;
            }
        } else {
            err.print(text);
            err.flush();
            errAtLineStart = text.endsWith("\n");
            if (out == err) {
                outAtLineStart = errAtLineStart;
            }
        }
    }

    /** A line on stdout, after ending any unfinished line of cell output. */
    synchronized void println(String text) {
        if (!outAtLineStart) {
            out.println();
        }
        out.println(text);
        out.flush();
        outAtLineStart = true;
        if (out == err) {
            errAtLineStart = true;
        }
    }

    /** Text on stderr (diagnostics, faults), after ending any unfinished line; {@code text} ends its own lines. */
    synchronized void printErr(String text) {
        if (!errAtLineStart) {
            err.println();
        }
        err.print(text);
        if (!text.endsWith("\n")) {
            err.println();
        }
        err.flush();
        errAtLineStart = true;
        if (out == err) {
            outAtLineStart = true;
        }
    }

    /** {@code error: message} in rustc's colors. */
    void error(String message) {
        printErr(styled("error", AttributedStyle.BOLD.foreground(AttributedStyle.RED)) + styled(": " + message, AttributedStyle.BOLD));
    }

    /** {@code label: message} on stderr, the label in bold yellow: something stopped, nothing is wrong. */
    void warn(String label, String message) {
        printErr(styled(label, AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW)) + ": " + message);
    }

    /** Ends the line the terminal echoed {@code ^C} on, so what follows starts on its own. */
    synchronized void breakLine() {
        err.println();
        err.flush();
        errAtLineStart = true;
        if (out == err) {
            outAtLineStart = true;
        }
    }

    /** A note from the REPL itself (dim on a terminal). */
    void note(String message) {
        println(styled(message, AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT)));
    }

    String styled(String text, AttributedStyle style) {
        if (!color) {
            return text;
        }
        return new org.jline.utils.AttributedString(text, style).toAnsi();
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
