package dev.wasmrust.compiler.wasmir;

/** A parameter or local; the name is for the text form and the wasm name section. */
public record WirLocal(String name, ValType type) {}
