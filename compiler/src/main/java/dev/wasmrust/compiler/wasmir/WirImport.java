package dev.wasmrust.compiler.wasmir;

/** An imported function, known in this module by {@code name}. */
public record WirImport(String name, String module, String field, FuncType type) {}
