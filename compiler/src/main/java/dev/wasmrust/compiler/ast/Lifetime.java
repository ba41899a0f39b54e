package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;

/** A lifetime or loop label such as {@code 'a}, {@code 'static}, {@code '_}; the name keeps its quote. */
public record Lifetime(String name, Span span) {}
