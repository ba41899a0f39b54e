package dev.wasmrust.repl.engine;

/** {@code :drop ITEM}: whether something was dropped, and a message for the user either way. */
public record DropResult(boolean dropped, String message) {}
