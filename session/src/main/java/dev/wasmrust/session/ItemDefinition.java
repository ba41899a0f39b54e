package dev.wasmrust.session;

/** A committed item: its source text and the cell that entered it (its newest definition). */
public record ItemDefinition(String text, int cell) {}
