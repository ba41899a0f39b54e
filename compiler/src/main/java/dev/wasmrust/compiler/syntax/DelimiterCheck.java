package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * rustc balances delimiters while building token trees, before parsing, and reports an unbalanced file
 * alone (parsing it would only produce follow-on nonsense). This is that pass, with rustc's hints about
 * which block was probably left open: the one whose closing brace is indented differently.
 */
final class DelimiterCheck {
    private final SourceFile file;
    /** Matched brace pairs, in the order they were closed. */
    private final List<Span[]> matchedBraces = new ArrayList<>();
    /** `{}` written on one line. */
    private final List<Span> emptyBlocks = new ArrayList<>();

    private DelimiterCheck(SourceFile file) {
        this.file = file;
    }

    /** True when every delimiter is matched; otherwise reports the first problem. */
    static boolean balanced(SourceFile file, List<Token> tokens, Diagnostics diags) {
        return new DelimiterCheck(file).run(tokens, diags);
    }

    private boolean run(List<Token> tokens, Diagnostics diags) {
        Deque<Token> open = new ArrayDeque<>();
        Token previous = null;
        for (Token t : tokens) {
            switch (t.kind()) {
                case OPEN_PAREN, OPEN_BRACE, OPEN_BRACKET -> open.push(t);
                case CLOSE_PAREN, CLOSE_BRACE, CLOSE_BRACKET -> {
                    if (open.isEmpty()) {
                        Diagnostic.Builder b = Diagnostic.error("unexpected closing delimiter: `" + t.text() + "`");
                        if (!suspiciousBlock(b, t.is(TokenKind.CLOSE_BRACE)) && !matchedBraces.isEmpty()) {
                            Span[] last = matchedBraces.get(matchedBraces.size() - 1);
                            if (!emptyBlocks.contains(last[0].to(last[1]))) {
                                b.secondary(last[0], "this opening brace...").secondary(last[1], "...matches this closing brace");
                            }
                        }
                        diags.report(b.primary(t.span(), "unexpected closing delimiter"));
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
                    if (o.is(TokenKind.OPEN_BRACE)) {
                        if (previous == o && file.line(o.span().lo()) == file.line(t.span().lo())) {
                            emptyBlocks.add(o.span().to(t.span()));
                        }
                        matchedBraces.add(new Span[] {o.span(), t.span()});
                    }
                }
                default -> {
                }
            }
            if (!t.kind().isTrivia()) {
                previous = t;
            }
        }
        if (!open.isEmpty()) {
            Diagnostic.Builder b = Diagnostic.error("this file contains an unclosed delimiter");
            for (Token o : open) {
                b.secondary(o.span(), "unclosed delimiter");
            }
            suspiciousBlock(b, open.peek().is(TokenKind.OPEN_BRACE));
            Token eof = tokens.get(tokens.size() - 1);
            b.primary(eof.span(), "");
            diags.report(b);
            return false;
        }
        return true;
    }

    /**
     * Labels the innermost matched block whose opening and closing lines are indented differently (after
     * letting a well-indented block vouch for the blocks inside it); false when there is none.
     */
    private boolean suspiciousBlock(Diagnostic.Builder b, boolean brace) {
        List<Object[]> blocks = new ArrayList<>();
        for (Span[] pair : matchedBraces) {
            blocks.add(new Object[] {new Span(pair[0].file(), pair[0].lo(), pair[1].lo()), margin(pair[0]) == margin(pair[1])});
        }
        blocks.sort(Comparator.comparingInt(o -> ((Span) o[0]).lo()));
        for (int i = 0; i < blocks.size(); i++) {
            if ((Boolean) blocks.get(i)[1]) {
                Span outer = (Span) blocks.get(i)[0];
                for (int j = i + 1; j < blocks.size(); j++) {
                    Span inner = (Span) blocks.get(j)[0];
                    if (outer.lo() <= inner.lo() && inner.hi() <= outer.hi()) {
                        blocks.get(j)[1] = true;
                    }
                }
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!(Boolean) blocks.get(i)[1]) {
                Span block = (Span) blocks.get(i)[0];
                b.secondary(block.shrinkToLo(), "this delimiter might not be properly closed...");
                b.secondary(block.shrinkToHi(), "...as it matches this but it has different indentation");
                if (brace) {
                    for (Span empty : emptyBlocks) {
                        if (block.lo() <= empty.lo() && empty.hi() <= block.hi()) {
                            b.secondary(empty, "block is empty, you might have not meant to close it");
                            break;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The indentation of the line a span starts on. */
    private int margin(Span s) {
        String line = file.lineText(file.line(s.lo()));
        return line.length() - line.stripLeading().length();
    }

    private static boolean matches(Token open, Token close) {
        return switch (open.kind()) {
            case OPEN_PAREN -> close.kind() == TokenKind.CLOSE_PAREN;
            case OPEN_BRACE -> close.kind() == TokenKind.CLOSE_BRACE;
            default -> close.kind() == TokenKind.CLOSE_BRACKET;
        };
    }
}
