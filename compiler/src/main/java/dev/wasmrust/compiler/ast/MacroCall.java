package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * {@code path!(tokens)}, {@code path![tokens]} or {@code path!{tokens}}: kept unexpanded.
 * {@code tokens} excludes the outer delimiters.
 */
public record MacroCall(Path path, TokenTree.Delimiter delimiter, List<TokenTree> tokens, Span span) {
    public MacroCall {
        tokens = List.copyOf(tokens);
    }

    /** The macro's name, e.g. {@code println} for {@code std::println!}. */
    public String name() {
        return path.last().ident().name();
    }
}
