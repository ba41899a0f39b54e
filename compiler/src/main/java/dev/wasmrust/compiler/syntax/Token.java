package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.source.Span;

/**
 * One token with its exact source text. Lexical problems (an unterminated string, an unknown escape)
 * do not stop the lexer: they are recorded in {@code error} and reported by the parser. {@code newlineBefore}
 * tells whether a line break separates it from the previous significant token (rustc words some errors
 * differently then).
 */
public record Token(TokenKind kind, String text, Span span, String error, boolean newlineBefore) {
    public Token(TokenKind kind, String text, Span span) {
        this(kind, text, span, null, false);
    }

    public Token(TokenKind kind, String text, Span span, String error) {
        this(kind, text, span, error, false);
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** True for an identifier token spelled {@code word} (a keyword check; raw identifiers never match). */
    public boolean isWord(String word) {
        return kind == TokenKind.IDENT && text.equals(word);
    }
}
