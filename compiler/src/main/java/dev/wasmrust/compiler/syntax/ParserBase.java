package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Ident;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The token cursor, error reporting and recovery shared by the parser's layers (paths and types,
 * patterns, expressions, items). The layers form a chain of subclasses so each stays small; forward
 * references (a type's array length is an expression) go through the abstract methods here.
 */
abstract class ParserBase {
    /** Deeper nesting than this is reported instead of overflowing the Java stack. */
    static final int MAX_DEPTH = 4096;

    static final Set<String> STRICT_KEYWORDS = Set.of("as", "break", "const", "continue", "crate", "else", "enum",
            "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
            "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
            "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
            "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen");

    protected final List<Token> toks;
    protected final Diagnostics diags;
    protected int pos;
    protected int depth;
    /** Expected-token names collected since the last consumed token, for "expected one of ..." messages. */
    private final Set<String> expected = new LinkedHashSet<>();
    /** Set once a fatal problem (too deep) was reported, to stop cascades. */
    protected boolean aborted;

    ParserBase(List<Token> tokens, Diagnostics diags) {
        List<Token> significant = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!t.kind().isTrivia()) {
                significant.add(t);
            }
        }
        this.toks = significant;
        this.diags = diags;
    }

    abstract Expr parseExpr();

    abstract Block parseBlock();

    // ---- cursor ----

    Token peek() {
        return toks.get(pos);
    }

    Token peek(int ahead) {
        int i = Math.min(pos + ahead, toks.size() - 1);
        return toks.get(i);
    }

    Token prev() {
        return toks.get(Math.max(0, pos - 1));
    }

    boolean atEof() {
        return peek().kind() == TokenKind.EOF;
    }

    Token bump() {
        Token t = peek();
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        expected.clear();
        return t;
    }

    boolean check(TokenKind k) {
        if (peek().kind() == k) {
            return true;
        }
        expected.add("`" + k.spelling() + "`");
        return false;
    }

    boolean checkWord(String word) {
        if (peek().isWord(word)) {
            return true;
        }
        expected.add("`" + word + "`");
        return false;
    }

    boolean eat(TokenKind k) {
        if (check(k)) {
            bump();
            return true;
        }
        return false;
    }

    boolean eatWord(String word) {
        if (checkWord(word)) {
            bump();
            return true;
        }
        return false;
    }

    /** Consumes {@code k} or reports "expected one of ..." at the current token. */
    Token expect(TokenKind k) {
        if (check(k)) {
            return bump();
        }
        errorExpected();
        return null;
    }

    /**
     * Eats a {@code >} that closes generic arguments, splitting {@code >>}, {@code >=}, {@code >>=} so that
     * {@code Vec<Vec<u8>>} works.
     */
    boolean eatGt() {
        Token t = peek();
        String rest = switch (t.kind()) {
            case GT -> "";
            case SHR -> ">";
            case GE -> "=";
            case SHR_EQ -> ">=";
            default -> null;
        };
        if (rest == null) {
            expected.add("`>`");
            return false;
        }
        if (rest.isEmpty()) {
            bump();
            return true;
        }
        Span s = t.span();
        TokenKind restKind = switch (rest) {
            case ">" -> TokenKind.GT;
            case "=" -> TokenKind.EQ;
            default -> TokenKind.GE;
        };
        toks.set(pos, new Token(restKind, rest, new Span(s.file(), s.lo() + 1, s.hi())));
        expected.clear();
        return true;
    }

    /** The same for {@code <} opening generic arguments when the lexer produced {@code <<} or {@code <=}. */
    boolean eatLt() {
        Token t = peek();
        if (t.kind() == TokenKind.LT) {
            bump();
            return true;
        }
        if (t.kind() == TokenKind.SHL || t.kind() == TokenKind.LE || t.kind() == TokenKind.SHL_EQ) {
            Span s = t.span();
            String rest = t.text().substring(1);
            TokenKind restKind = switch (rest) {
                case "<" -> TokenKind.LT;
                case "=" -> TokenKind.EQ;
                default -> TokenKind.LE;
            };
            toks.set(pos, new Token(restKind, rest, new Span(s.file(), s.lo() + 1, s.hi())));
            expected.clear();
            return true;
        }
        expected.add("`<`");
        return false;
    }

    boolean isKeyword(Token t) {
        return t.kind() == TokenKind.IDENT && STRICT_KEYWORDS.contains(t.text());
    }

    boolean checkIdent() {
        Token t = peek();
        if ((t.kind() == TokenKind.IDENT && !isKeyword(t)) || t.kind() == TokenKind.RAW_IDENT) {
            return true;
        }
        expected.add("identifier");
        return false;
    }

    Ident parseIdent() {
        if (checkIdent()) {
            Token t = bump();
            boolean raw = t.kind() == TokenKind.RAW_IDENT;
            return new Ident(raw ? t.text().substring(2) : t.text(), raw, t.span());
        }
        Token t = peek();
        if (isKeyword(t)) {
            diags.report(Diagnostic.error("expected identifier, found keyword `" + t.text() + "`")
                    .primary(t.span(), "expected identifier, found keyword")
                    .suggestion(t.span(), "escape `" + t.text() + "` to use it as an identifier", "r#" + t.text()));
            bump();
            return new Ident(t.text(), t.span());
        }
        errorExpected();
        return new Ident("<error>", t.span());
    }

    /** A field name in a struct literal or pattern: an identifier, or a tuple index such as {@code 0}. */
    Ident parseFieldName() {
        if (peek().is(TokenKind.INT_LIT)) {
            Token n = bump();
            return new Ident(n.text(), n.span());
        }
        return parseIdent();
    }

    /**
     * Skips to the next {@code separator} at nesting depth 0 (consumed), stopping before a closing
     * delimiter that closes an enclosing group.
     */
    void skipToSeparator(TokenKind separator) {
        int nest = 0;
        while (!atEof()) {
            TokenKind k = peek().kind();
            if (k == TokenKind.OPEN_BRACE || k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET) {
                nest++;
            } else if (k == TokenKind.CLOSE_BRACE || k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET) {
                if (nest == 0) {
                    return;
                }
                nest--;
            } else if (k == separator && nest == 0) {
                bump();
                return;
            }
            bump();
        }
    }

    /** An identifier including keywords allowed as path segments ({@code self}, {@code super}, {@code crate}, {@code Self}). */
    boolean checkPathSegmentIdent() {
        Token t = peek();
        return checkIdent() || t.isWord("self") || t.isWord("super") || t.isWord("crate") || t.isWord("Self");
    }

    Lifetime parseLifetime() {
        Token t = expect(TokenKind.LIFETIME);
        if (t == null) {
            return new Lifetime("'_", peek().span());
        }
        return new Lifetime(t.text(), t.span());
    }

    Span spanFrom(Span start) {
        Token last = prev();
        if (pos == 0 || last.span().hi() < start.lo()) {
            return start;
        }
        return start.to(last.span());
    }

    // ---- errors ----

    String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "<eof>";
            case IDENT -> (isKeyword(t) ? "keyword `" : "`") + t.text() + "`";
            case INT_LIT, FLOAT_LIT, STR_LIT, CHAR_LIT, BYTE_LIT, BYTE_STR_LIT, RAW_STR_LIT, RAW_BYTE_STR_LIT,
                    C_STR_LIT, RAW_C_STR_LIT -> "`" + t.text() + "`";
            default -> "`" + t.text() + "`";
        };
    }

    /** Reports "expected one of X, Y, found Z" from the tokens checked since the last bump. */
    void errorExpected() {
        Token t = peek();
        if (aborted) {
            return;
        }
        List<String> exp = new ArrayList<>(expected);
        exp.sort(String::compareTo);
        String found = describe(t);
        String msg;
        String label;
        if (exp.isEmpty()) {
            msg = "expected expression, found " + found;
            label = "expected expression";
        } else if (exp.size() == 1) {
            msg = "expected " + exp.get(0) + ", found " + found;
            label = "expected " + exp.get(0);
        } else {
            msg = "expected one of " + String.join(", ", exp.subList(0, exp.size() - 1)) + ", or " + exp.get(exp.size() - 1)
                    + ", found " + found;
            label = exp.size() <= 5 ? "expected one of " + exp.size() + " possible tokens" : "expected one of " + exp.size() + " possible tokens";
        }
        Span at = t.span();
        if (t.kind() == TokenKind.EOF && pos > 0) {
            at = prev().span().shrinkToHi();
        }
        Diagnostic.Builder b = Diagnostic.error(msg).primary(at, label);
        if (exp.contains("`;`") && pos > 0 && prev().span().hi() <= t.span().lo()
                && !prev().is(TokenKind.CLOSE_BRACE) && !prev().is(TokenKind.SEMI)) {
            Span after = prev().span().shrinkToHi();
            b = Diagnostic.error(msg).primary(after, label).secondary(t.span(), "unexpected token");
        }
        diags.report(b);
        expected.clear();
    }

    /** rustc's "expected `;`" with the spot right after {@code after} and a suggestion to add it. */
    void reportMissingSemi(Span after, Token found) {
        Span at = after.shrinkToHi();
        diags.report(Diagnostic.error("expected `;`, found " + describe(found))
                .primary(at, "expected `;`")
                .secondary(found.span(), "unexpected token")
                .suggestion(at, "add `;` here", ";"));
    }

    void error(Span span, String message, String label) {
        if (!aborted) {
            diags.report(Diagnostic.error(message).primary(span, label));
        }
    }

    /** Guards recursion; returns false (after reporting once) when nesting is too deep. */
    boolean enter() {
        if (++depth > MAX_DEPTH) {
            if (!aborted) {
                aborted = true;
                diags.report(Diagnostic.error("nesting is too deep to parse (more than " + MAX_DEPTH + " levels)")
                        .primary(peek().span(), "nested too deeply here")
                        .help("split the expression into smaller pieces with `let` bindings"));
            }
            return false;
        }
        return true;
    }

    void exit() {
        depth--;
    }

    /** Skips tokens up to (not including) a closing delimiter matching the current nesting, or a `;` at depth 0 (consumed). */
    void recoverToStatementEnd() {
        int nest = 0;
        while (!atEof()) {
            TokenKind k = peek().kind();
            if (k == TokenKind.OPEN_BRACE || k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET) {
                nest++;
            } else if (k == TokenKind.CLOSE_BRACE || k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET) {
                if (nest == 0) {
                    return;
                }
                nest--;
                if (nest == 0 && k == TokenKind.CLOSE_BRACE) {
                    bump();
                    return;
                }
            } else if (k == TokenKind.SEMI && nest == 0) {
                bump();
                return;
            }
            bump();
        }
    }

    // ---- token trees ----

    /** Parses a delimited token tree starting at an open delimiter. */
    TokenTree.Delimited parseDelimited() {
        Token open = bump();
        TokenTree.Delimiter d = switch (open.kind()) {
            case OPEN_PAREN -> TokenTree.Delimiter.PAREN;
            case OPEN_BRACKET -> TokenTree.Delimiter.BRACKET;
            default -> TokenTree.Delimiter.BRACE;
        };
        List<TokenTree> trees = new ArrayList<>();
        if (!enter()) {
            exit();
            skipToMatchingClose();
            return new TokenTree.Delimited(d, trees, open.span(), prev().span());
        }
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case OPEN_PAREN, OPEN_BRACE, OPEN_BRACKET -> trees.add(parseDelimited());
                case CLOSE_PAREN, CLOSE_BRACE, CLOSE_BRACKET -> {
                    exit();
                    String want = d.close();
                    if (!t.text().equals(want)) {
                        reportMismatchedClose(open, t);
                        return new TokenTree.Delimited(d, trees, open.span(), t.span().shrinkToLo());
                    }
                    bump();
                    return new TokenTree.Delimited(d, trees, open.span(), t.span());
                }
                case EOF -> {
                    exit();
                    reportUnclosed(open);
                    return new TokenTree.Delimited(d, trees, open.span(), t.span());
                }
                default -> trees.add(new TokenTree.Leaf(bump()));
            }
        }
    }

    private void skipToMatchingClose() {
        int nest = 1;
        while (!atEof() && nest > 0) {
            TokenKind k = bump().kind();
            if (k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACE || k == TokenKind.OPEN_BRACKET) {
                nest++;
            } else if (k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACE || k == TokenKind.CLOSE_BRACKET) {
                nest--;
            }
        }
    }

    void reportUnclosed(Token open) {
        if (aborted) {
            return;
        }
        aborted = true;
        diags.report(Diagnostic.error("this file contains an unclosed delimiter")
                .secondary(open.span(), "unclosed delimiter")
                .primary(toks.get(toks.size() - 1).span(), ""));
    }

    void reportMismatchedClose(Token open, Token close) {
        if (aborted) {
            return;
        }
        aborted = true;
        diags.report(Diagnostic.error("mismatched closing delimiter: `" + close.text() + "`")
                .primary(close.span(), "mismatched closing delimiter")
                .secondary(open.span(), "unclosed delimiter"));
    }

    /** Attributes and doc comments before an item, statement, field, ... */
    abstract List<Attr> parseOuterAttrs();
}
