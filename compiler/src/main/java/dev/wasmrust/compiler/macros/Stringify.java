package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.List;

/**
 * {@code stringify!(tokens)} as rustc 1.95 prints it: a token written right before the next one (no
 * whitespace between them in the source) is printed joined to it; otherwise a space separates them, except
 * where rustc's pretty-printer never puts one ({@code x.y}, {@code f(..)}, {@code a,}, {@code #[..]}).
 */
final class Stringify {
    private Stringify() {}

    static String of(List<TokenTree> trees, SourceMap sources) {
        StringBuilder sb = new StringBuilder();
        write(trees, sources, sb);
        return sb.toString();
    }

    /** The string literal token for {@code stringify!(trees)}, at {@code at}. */
    static Token literal(List<TokenTree> trees, SourceMap sources, Span at) {
        String s = of(trees, sources);
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> q.append(c);
            }
        }
        return new Token(TokenKind.STR_LIT, q.append('"').toString(), at);
    }

    private static void write(List<TokenTree> trees, SourceMap sources, StringBuilder sb) {
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (t instanceof TokenTree.Leaf l) {
                sb.append(l.token().text());
            } else {
                TokenTree.Delimited d = (TokenTree.Delimited) t;
                sb.append(d.delimiter().open());
                if (!d.trees().isEmpty() && !joint(d.open(), sources) && d.delimiter() == TokenTree.Delimiter.BRACE) {
                    sb.append(' ');
                }
                write(d.trees(), sources, sb);
                if (!d.trees().isEmpty() && d.delimiter() == TokenTree.Delimiter.BRACE
                        && !joint(d.trees().get(d.trees().size() - 1).span(), sources)) {
                    sb.append(' ');
                }
                sb.append(d.delimiter().close());
            }
            if (i + 1 < trees.size() && !joint(endOf(t), sources) && spaceBetween(t, trees.get(i + 1))) {
                sb.append(' ');
            }
        }
    }

    private static Span endOf(TokenTree t) {
        return t instanceof TokenTree.Delimited d ? d.close() : t.span();
    }

    /** Whether the source has no whitespace right after this span. */
    private static boolean joint(Span s, SourceMap sources) {
        if (s.isDummy()) {
            return false;
        }
        SourceFile f = sources.file(s);
        int hi = s.hi();
        return hi < f.text().length() && !Character.isWhitespace(f.text().charAt(hi));
    }

    private static boolean spaceBetween(TokenTree a, TokenTree b) {
        Token ta = a instanceof TokenTree.Leaf l ? l.token() : null;
        Token tb = b instanceof TokenTree.Leaf l ? l.token() : null;
        if (ta != null && ta.is(TokenKind.DOT) && !isPunct(b)) {
            return false;
        }
        if (tb != null && (tb.is(TokenKind.COMMA) || tb.is(TokenKind.SEMI) || tb.is(TokenKind.DOT)) && !isPunct(a)) {
            return false;
        }
        if (ta != null && (ta.is(TokenKind.IDENT) || ta.is(TokenKind.RAW_IDENT)) && b instanceof TokenTree.Delimited d
                && d.delimiter() == TokenTree.Delimiter.PAREN
                && (!KEYWORDS.contains(ta.text()) || ta.text().equals("fn") || ta.text().equals("Self") || ta.text().equals("pub"))) {
            return false;
        }
        return !(ta != null && ta.is(TokenKind.POUND) && b instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.BRACKET);
    }

    private static boolean isPunct(TokenTree t) {
        if (!(t instanceof TokenTree.Leaf l)) {
            return false;
        }
        Token k = l.token();
        return !(k.is(TokenKind.IDENT) || k.is(TokenKind.RAW_IDENT) || k.is(TokenKind.LIFETIME) || k.kind().isLiteral());
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("as", "break", "const", "continue", "crate",
            "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
            "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
            "where", "while", "async", "await", "dyn");
}
