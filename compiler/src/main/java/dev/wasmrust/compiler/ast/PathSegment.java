package dev.wasmrust.compiler.ast;

/** One segment of a path with its generic arguments, or null when it has none. */
public record PathSegment(Ident ident, GenericArgs args) {}
