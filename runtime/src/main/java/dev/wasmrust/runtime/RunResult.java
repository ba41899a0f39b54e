package dev.wasmrust.runtime;

/** How a program ended: its exit status, and for an abnormal end a one-line explanation. */
public record RunResult(int exitCode, Outcome outcome, String message) {
    public enum Outcome {
        /** Returned from {@code _start}, called {@code proc_exit} or panicked (status 101). */
        EXITED,
        /** A WebAssembly trap: never produced by correct compilation of safe Rust. */
        TRAPPED,
        STACK_OVERFLOW,
        /** {@code memory.grow} failed at the memory's maximum, or the JVM heap ran out. */
        OUT_OF_MEMORY,
        /** The module failed validation or linking. */
        INVALID_MODULE,
        /** The module needs a capability the host profile lacks; nothing of it ran. */
        UNSUPPORTED,
        /** A host function failed. */
        HOST_FAILURE
    }
}
