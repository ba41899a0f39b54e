package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * {@code #[path args]} or {@code #![path args]}. A doc comment becomes an attribute with path
 * {@code doc} and {@code docText} set (the comment text without its {@code ///} or {@code //!}).
 * {@code args} holds the tokens after the path: {@code (..)} delimited, or {@code = value}; empty if none.
 */
public record Attr(boolean inner, Path path, List<TokenTree> args, String docText, Span span) {
    public Attr {
        args = List.copyOf(args);
    }

    public boolean isDoc() {
        return docText != null;
    }

    /** True when the attribute's path is the single name {@code name}, e.g. {@code derive}. */
    public boolean is(String name) {
        return path.segments().size() == 1 && path.segments().get(0).ident().name().equals(name);
    }
}
