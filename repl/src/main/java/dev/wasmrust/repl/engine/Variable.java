package dev.wasmrust.repl.engine;

/** A session variable: its name, its type as rustc spells it, whether it is {@code mut}, the cell that bound it. */
public record Variable(String name, String type, boolean mutable, String cell) {}
