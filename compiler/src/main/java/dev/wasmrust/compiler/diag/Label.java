package dev.wasmrust.compiler.diag;

import dev.wasmrust.compiler.source.Span;

/** A span underlined in the snippet: primary labels with {@code ^^^}, secondary with {@code ---}. */
public record Label(Span span, String text, boolean primary) {
    public static Label primary(Span span, String text) {
        return new Label(span, text, true);
    }

    public static Label secondary(Span span, String text) {
        return new Label(span, text, false);
    }
}
