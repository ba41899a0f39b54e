package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * rustc lexes a whole file before parsing it, so its lexical errors come first and an unterminated
 * string, comment or raw string ends the compilation on its own. This pass reports them in that order.
 */
final class LexicalCheck {
    private LexicalCheck() {}

    /** Reports the tokens' lexical problems; false when one of them is fatal (nothing should be parsed). */
    static boolean check(List<Token> tokens, Diagnostics diags) {
        Span eof = tokens.get(tokens.size() - 1).span();
        for (Token t : tokens) {
            String err = t.error();
            if (err != null && err.startsWith("unterminated")) {
                diags.report(unterminated(t, eof));
                return false;
            }
            switch (t.kind()) {
                case UNKNOWN -> {
                    Diagnostic.Builder b = Diagnostic.error(err).primary(t.span());
                    if (t.text().equals("\0")) {
                        b.help("source files must contain UTF-8 encoded text, unexpected null bytes might occur when a "
                                + "different encoding is used");
                    }
                    diags.report(b);
                }
                case INT_LIT -> {
                    if (err != null) {
                        diags.report(badDigits(t, err));
                    }
                }
                case RAW_STR_LIT, RAW_BYTE_STR_LIT, RAW_C_STR_LIT -> {
                    if (err != null) {
                        diags.report(Diagnostic.error(err).primary(t.span()));
                    }
                }
                case CHAR_LIT, BYTE_LIT, STR_LIT, BYTE_STR_LIT, C_STR_LIT, FLOAT_LIT ->
                        LiteralDecoder.checkLexical(t, diags);
                default -> {
                }
            }
        }
        return true;
    }

    private static Diagnostic.Builder unterminated(Token t, Span eof) {
        Span toEnd = new Span(t.span().file(), t.span().lo(), eof.hi());
        switch (t.kind()) {
            case BLOCK_COMMENT:
            case DOC_COMMENT_OUTER:
            case DOC_COMMENT_INNER:
                return Diagnostic.error("E0758", "unterminated block comment").primary(toEnd);
            case RAW_STR_LIT:
            case RAW_BYTE_STR_LIT:
            case RAW_C_STR_LIT: {
                int hashes = 0;
                int i = t.text().indexOf('#');
                while (i >= 0 && i < t.text().length() && t.text().charAt(i) == '#') {
                    hashes++;
                    i++;
                }
                Span first = new Span(t.span().file(), t.span().lo(), t.span().lo() + 1);
                return Diagnostic.error("E0748", "unterminated raw string").primary(first, "unterminated raw string")
                        .note("this raw string should be terminated with `\"" + "#".repeat(hashes) + "`");
            }
            case CHAR_LIT:
                return Diagnostic.error("E0762", "unterminated character literal").primary(toEnd);
            case BYTE_LIT:
                return Diagnostic.error("E0763", "unterminated byte constant").primary(toEnd);
            case BYTE_STR_LIT:
                return Diagnostic.error("E0766", "unterminated double quote byte string").primary(toEnd);
            case C_STR_LIT:
                return Diagnostic.error("unterminated C string").primary(toEnd);
            default:
                return Diagnostic.error("E0765", "unterminated double quote string").primary(toEnd);
        }
    }

    /** rustc points at the first digit its base does not allow. */
    private static Diagnostic.Builder badDigits(Token t, String err) {
        String text = t.text();
        String allowed = text.startsWith("0o") ? "01234567_" : "01_";
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) && allowed.indexOf(c) < 0) {
                int at = t.span().lo() + i;
                return Diagnostic.error(err).primary(new Span(t.span().file(), at, at + 1));
            }
        }
        return Diagnostic.error("E0768", err).primary(t.span());
    }
}
