package dev.wasmrust.kernel;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The kernel's log: one line per event on the kernel's stderr, which Jupyter shows in the server's console.
 * Bad input (a wrong signature, a malformed frame, an unknown message type) is logged here and otherwise
 * ignored, as the protocol asks; tests pass their own stream to see what was logged.
 */
public final class KernelLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private final PrintStream out;

    public KernelLog(PrintStream out) {
        this.out = out;
    }

    public void warn(String message) {
        line("WARN", message);
    }

    public void info(String message) {
        line("INFO", message);
    }

    private void line(String level, String message) {
        synchronized (out) {
            out.println("[wasmrust-kernel " + LocalTime.now().format(TIME) + " " + level + "] " + message);
            out.flush();
        }
    }
}
