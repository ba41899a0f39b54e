package dev.wasmrust.runtime;

/**
 * Stops the running cell on request from any thread, by every route Chicory offers: the
 * {@code __interrupt} global polled by compiled cells (see {@link SessionAbi}), a flag checked by the
 * interpreter's per-instruction listener, and {@link Thread#interrupt()}, which Chicory's compiled code
 * checks on back-edges and calls.
 */
final class Interrupter {
    private final InterruptFlag flag;
    private volatile boolean requested;
    private volatile Thread running;

    Interrupter(InterruptFlag flag) {
        this.flag = flag;
    }

    /** Before a run starts: forget earlier requests. */
    void arm(Thread t) {
        requested = false;
        if (flag != null) {
            flag.setValue(0L);
        }
        running = t;
    }

    void disarm() {
        running = null;
        if (flag != null) {
            flag.setValue(0L);
        }
    }

    void interrupt() {
        requested = true;
        if (flag != null) {
            flag.setValue(1L);
        }
        Thread t = running;
        if (t != null) {
            t.interrupt();
        }
    }

    boolean requested() {
        return requested;
    }

    /** The interpreter's per-instruction check and {@code session:rt/interrupted}. */
    void check() {
        if (requested) {
            throw new CellSignal.Interrupt();
        }
    }
}
