package dev.wasmrust.repl.engine;

/** The answer to {@code :host PROFILE}: switched, or refused with the reason (what is missing, for which cell). */
public record HostSwitch(boolean switched, String message) {}
