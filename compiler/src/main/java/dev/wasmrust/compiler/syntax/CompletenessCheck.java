package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides from tokens alone whether input is a whole cell, the way a REPL user expects Enter to behave:
 * <ul>
 * <li>incomplete while a string, character or comment is open, a delimiter is unclosed, the input ends
 * with a binary operator (or {@code =}, {@code ,}, {@code .}, {@code ->}, {@code =>}, {@code ::}, a
 * closure's {@code |x|}), an attribute, or a construct that still needs its block ({@code if x},
 * {@code while x}, {@code else}, {@code fn f()}, {@code struct S}...); the suggested indent is four spaces
 * per open level (one more after an operator);</li>
 * <li>invalid when a closing delimiter does not match, which no further line can fix;</li>
 * <li>complete otherwise (the compiler then reports whatever else is wrong).</li>
 * </ul>
 */
final class CompletenessCheck {
    /** Keywords whose construct needs a block (or `;`) before the input can be whole. */
    private static final Set<String> NEEDS_BLOCK = Set.of("if", "while", "for", "match", "loop", "else", "fn", "impl",
            "struct", "enum", "union", "trait", "mod", "unsafe", "async", "extern");

    private CompletenessCheck() {}

    static Completeness of(String text) {
        SourceFile f = SourceFile.of(0, "<input>", text);
        List<Token> toks = Lexer.tokenize(f);
        StringBuilder open = new StringBuilder();
        // the significant tokens since the last `;` or block at the innermost open level
        List<List<Token>> pieces = new ArrayList<>();
        pieces.add(new ArrayList<>());
        for (Token t : toks) {
            if (t.error() != null && t.error().startsWith("unterminated")) {
                return Completeness.incomplete("");
            }
            if (t.kind().isTrivia() || t.kind() == TokenKind.EOF) {
                continue;
            }
            switch (t.kind()) {
                case OPEN_PAREN, OPEN_BRACE, OPEN_BRACKET -> {
                    open.append(t.kind() == TokenKind.OPEN_PAREN ? ')' : t.kind() == TokenKind.OPEN_BRACE ? '}' : ']');
                    current(pieces).add(t);
                    pieces.add(new ArrayList<>());
                }
                case CLOSE_PAREN, CLOSE_BRACE, CLOSE_BRACKET -> {
                    if (open.length() == 0 || open.charAt(open.length() - 1) != t.text().charAt(0)) {
                        return Completeness.INVALID;
                    }
                    open.setLength(open.length() - 1);
                    pieces.remove(pieces.size() - 1);
                    if (t.is(TokenKind.CLOSE_BRACE)) {
                        // a block ends the construct it belongs to, except where `else` may follow
                        List<Token> cur = current(pieces);
                        boolean ifLike = cur.stream().anyMatch(x -> x.isWord("if") || x.isWord("else"));
                        cur.clear();
                        if (ifLike) {
                            cur.add(t);
                        }
                    } else {
                        current(pieces).add(t);
                    }
                }
                case SEMI -> current(pieces).clear();
                default -> current(pieces).add(t);
            }
        }
        String indent = "    ".repeat(open.length());
        if (open.length() > 0) {
            return Completeness.incomplete(indent);
        }
        List<Token> last = current(pieces);
        if (last.isEmpty()) {
            return Completeness.COMPLETE;
        }
        Token end = last.get(last.size() - 1);
        if (isContinuation(end) || isClosureHead(last)) {
            return Completeness.incomplete(indent + "    ");
        }
        if (end.is(TokenKind.CLOSE_BRACKET) && last.size() >= 2 && last.get(0).is(TokenKind.POUND)) {
            return Completeness.incomplete(indent);
        }
        if (!end.is(TokenKind.CLOSE_BRACE)) {
            for (int i = 0; i < last.size(); i++) {
                Token t = last.get(i);
                if (t.kind() == TokenKind.IDENT && NEEDS_BLOCK.contains(t.text()) && !inTypePosition(last, i)) {
                    return Completeness.incomplete(indent);
                }
            }
        }
        return Completeness.COMPLETE;
    }

    /** `fn(i32) -> i32`, `impl Trait` and `for<'a>` in a type are not items waiting for a block. */
    private static boolean inTypePosition(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.isWord("for") && i + 1 < toks.size() && toks.get(i + 1).is(TokenKind.LT)) {
            return true;
        }
        if (!t.isWord("fn") && !t.isWord("impl") && !t.isWord("unsafe") && !t.isWord("extern")) {
            return false;
        }
        if (i == 0) {
            return false;
        }
        Token before = toks.get(i - 1);
        return before.is(TokenKind.COLON) || before.is(TokenKind.R_ARROW) || before.is(TokenKind.LT)
                || before.is(TokenKind.OPEN_PAREN) || before.is(TokenKind.COMMA) || before.is(TokenKind.EQ)
                || before.is(TokenKind.AND) || before.isWord("as") || before.isWord("dyn") || before.isWord("unsafe")
                || before.is(TokenKind.STR_LIT);
    }

    private static List<Token> current(List<List<Token>> pieces) {
        return pieces.get(pieces.size() - 1);
    }

    /** A line ending in a binary operator, `=`, `,`, `.`, `->`, `=>` or `::` clearly continues. */
    private static boolean isContinuation(Token t) {
        return switch (t.kind()) {
            case EQ, PLUS, MINUS, STAR, SLASH, PERCENT, AND_AND, OR_OR, DOT, COMMA, R_ARROW, FAT_ARROW, PATH_SEP, EQ_EQ,
                    NE, LT, LE, GE, CARET, AND, SHL, SHR, PLUS_EQ, MINUS_EQ, STAR_EQ, SLASH_EQ, PERCENT_EQ, AND_EQ,
                    OR_EQ, CARET_EQ, SHL_EQ, SHR_EQ, DOT_DOT_EQ, COLON, NOT -> true;
            default -> t.isWord("as") || t.isWord("in") || t.isWord("let");
        };
    }

    /** `|x|` or `||` with no body yet. */
    private static boolean isClosureHead(List<Token> last) {
        Token end = last.get(last.size() - 1);
        if (end.is(TokenKind.OR_OR)) {
            return true;
        }
        if (!end.is(TokenKind.OR)) {
            return false;
        }
        int bars = 0;
        for (Token t : last) {
            if (t.is(TokenKind.OR)) {
                bars++;
            }
        }
        return bars % 2 == 0;
    }
}
