package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Token;
import java.util.List;

/** The body of a macro invocation or definition, and attribute arguments: tokens grouped by delimiters. */
public sealed interface TokenTree {
    Span span();

    record Leaf(Token token) implements TokenTree {
        public Span span() {
            return token.span();
        }
    }

    /** {@code open} and {@code close} are the spans of the delimiters themselves. */
    record Delimited(Delimiter delimiter, List<TokenTree> trees, Span open, Span close) implements TokenTree {
        public Delimited {
            trees = List.copyOf(trees);
        }

        public Span span() {
            return open.to(close);
        }
    }

    enum Delimiter {
        PAREN("(", ")"), BRACE("{", "}"), BRACKET("[", "]");

        private final String open;
        private final String close;

        Delimiter(String open, String close) {
            this.open = open;
            this.close = close;
        }

        public String open() {
            return open;
        }

        public String close() {
            return close;
        }
    }
}
