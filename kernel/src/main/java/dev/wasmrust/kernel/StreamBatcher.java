package dev.wasmrust.kernel;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Collects a cell's stream output into fewer {@code stream} messages: text is sent at most
 * {@value #DELAY_MILLIS} ms after it was written (so a cell that prints and then computes for a long
 * time still shows its output while it runs), at once when {@value #MAX_CHARS} characters are waiting,
 * and before anything else the cell shows (another stream, a display, the result). A loop printing
 * 100,000 lines thus sends a few hundred messages instead of 100,000, which front ends cannot keep up with.
 */
final class StreamBatcher implements Outputs {
    static final int DELAY_MILLIS = 20;
    static final int MAX_CHARS = 64 * 1024;

    private final Outputs target;
    private final ScheduledExecutorService timer;
    private final StringBuilder pending = new StringBuilder();
    private String pendingName;
    private ScheduledFuture<?> scheduled;

    StreamBatcher(Outputs target, ScheduledExecutorService timer) {
        this.target = target;
        this.timer = timer;
    }

    @Override
    public synchronized void stream(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pendingName != null && !pendingName.equals(name)) {
            flush();
        }
        pendingName = name;
        pending.append(text);
        if (pending.length() >= MAX_CHARS) {
            flush();
        } else if (scheduled == null) {
            scheduled = timer.schedule(this::flush, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void display(MimeBundle bundle) {
        flush();
        target.display(bundle);
    }

    @Override
    public synchronized void clear() {
        flush();
        target.clear();
    }

    /** Sends what is waiting (called before the cell's result, and by the timer). */
    synchronized void flush() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (pending.length() > 0) {
            target.stream(pendingName, pending.toString());
            pending.setLength(0);
        }
        pendingName = null;
    }
}
