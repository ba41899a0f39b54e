package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;

public sealed interface Visibility {
    /** No {@code pub}: private to the enclosing module. */
    record Inherited(Span span) implements Visibility {}

    record Public(Span span) implements Visibility {}

    /** {@code pub(crate)}, {@code pub(self)}, {@code pub(super)}, {@code pub(in path)}. */
    record Restricted(Path path, boolean in, Span span) implements Visibility {}

    Span span();
}
