package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * rustc balances delimiters while building token trees, before parsing, and reports an unbalanced file
 * alone (parsing it would only produce follow-on nonsense). This is that pass.
 */
final class DelimiterCheck {
    private DelimiterCheck() {}

    /** True when every delimiter is matched; otherwise reports the first problem. */
    static boolean balanced(List<Token> tokens, Diagnostics diags) {
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case OPEN_PAREN, OPEN_BRACE, OPEN_BRACKET -> open.push(t);
                case CLOSE_PAREN, CLOSE_BRACE, CLOSE_BRACKET -> {
                    if (open.isEmpty()) {
                        diags.report(Diagnostic.error("unexpected closing delimiter: `" + t.text() + "`")
                                .primary(t.span(), "unexpected closing delimiter"));
                        return false;
                    }
                    Token o = open.pop();
                    if (!matches(o, t)) {
                        Diagnostic.Builder b = Diagnostic.error("mismatched closing delimiter: `" + t.text() + "`")
                                .primary(o.span(), "unclosed delimiter");
                        // the innermost enclosing delimiter of the same kind is what the close was probably meant for
                        for (Token outer : open) {
                            if (matches(outer, t)) {
                                b.secondary(outer.span(), "closing delimiter possibly meant for this");
                                break;
                            }
                        }
                        b.primary(t.span(), "mismatched closing delimiter");
                        diags.report(b);
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        if (!open.isEmpty()) {
            Diagnostic.Builder b = Diagnostic.error("this file contains an unclosed delimiter");
            for (Token o : open) {
                b.secondary(o.span(), "unclosed delimiter");
            }
            Token eof = tokens.get(tokens.size() - 1);
            b.primary(eof.span(), "");
            diags.report(b);
            return false;
        }
        return true;
    }

    private static boolean matches(Token open, Token close) {
        return switch (open.kind()) {
            case OPEN_PAREN -> close.kind() == TokenKind.CLOSE_PAREN;
            case OPEN_BRACE -> close.kind() == TokenKind.CLOSE_BRACE;
            default -> close.kind() == TokenKind.CLOSE_BRACKET;
        };
    }
}
