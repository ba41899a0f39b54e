package dev.wasmrust.session;

/** How a cell ended. */
public enum CellStatus {
    /** It ran to the end: its items and bindings are committed. */
    OK,
    /** It panicked (message on stderr): its items are committed, its bindings are not. */
    PANIC,
    /** Trap, stack overflow, out of memory, interrupt, exit, host failure: like a panic for the session. */
    FAULT,
    /** It did not compile (or could not be linked): nothing ran, nothing is committed. */
    ERROR
}
