package dev.wasmrust.runtime;

/** Chicory's interpreter starts instantly; its compiler to JVM bytecode pays a few ms up front and runs hot code ~100x faster. */
public enum Engine {
    INTERPRETER, COMPILER
}
