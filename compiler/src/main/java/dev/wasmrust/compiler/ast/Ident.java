package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;

/** An identifier; {@code raw} for {@code r#name} (the name is stored without {@code r#}). */
public record Ident(String name, boolean raw, Span span) {
    public Ident(String name, Span span) {
        this(name, false, span);
    }

    @Override
    public String toString() {
        return raw ? "r#" + name : name;
    }
}
