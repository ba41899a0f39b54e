package dev.wasmrust.runtime;

/** How a program ended: its exit status, and for an abnormal end a one-line explanation. */
public record RunResult(int exitCode, Outcome outcome, String message) {
    public enum Outcome {
        /** Returned from {@code _start} or called {@code proc_exit}. */
        EXITED,
        /** A WebAssembly trap: never produced by correct compilation of safe Rust. */
        TRAPPED,
        STACK_OVERFLOW,
        /** The module failed validation or linking. */
        INVALID_MODULE
    }
}
