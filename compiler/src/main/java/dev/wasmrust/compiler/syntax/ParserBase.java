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
            "override", "priv", "typeof", "unsized", "virtual", "yield", "try");

    protected final List<Token> toks;
    protected final Diagnostics diags;
    protected int pos;
    protected int depth;
    /**
     * What was checked for since the last consumed token, for "expected one of ..." messages: token kinds,
     * keywords and descriptions, turned into text only when an error is reported (checks are hot).
     */
    private final List<Object> expected = new ArrayList<>();
    /**
     * What is being parsed, for rustc's secondary labels such as "while parsing this struct": the innermost
     * entry labels errors reported inside it.
     */
    private final java.util.ArrayDeque<Context> context = new java.util.ArrayDeque<>();

    /**
     * A context label, optionally with a suggestion; a {@code null} span is a barrier (a block, whose
     * statements recover their own errors, as rustc's do, so outer contexts do not label them).
     */
    record Context(Span span, String text, Span suggestAt, String suggestMessage, String suggestion) {}
    /** Errors for unstable features, which rustc reports after every parse error (its feature-gate pass). */
    final List<Diagnostic.Builder> featureGates = new ArrayList<>();
    /** Set once a fatal problem (too deep) was reported, to stop cascades. */
    protected boolean aborted;

    ParserBase(List<Token> tokens, Diagnostics diags) {
        List<Token> significant = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            // an unknown character was reported while lexing; like rustc, parse as if it were not there
            if (!t.kind().isTrivia() && t.kind() != TokenKind.UNKNOWN) {
                significant.add(t);
            }
        }
        this.toks = significant;
        this.diags = diags;
    }

    abstract Expr parseExpr();

    abstract Block parseBlock();

    /** A keyword or contextual word checked for, e.g. {@code else}. */
    private record Keyword(String word) {}

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

    /** True when the current token starts a new line after the previous one. */
    boolean onNewLine() {
        return peek().newlineBefore();
    }

    /** Records what an expression could have continued with, as rustc's expression parser does when it stops. */
    void expectExprContinuation() {
        expected.add(TokenKind.DOT);
        expected.add(TokenKind.QUESTION);
        expected.add("an operator");
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
        expected.add(k);
        return false;
    }

    boolean checkWord(String word) {
        if (peek().isWord(word)) {
            return true;
        }
        expected.add(new Keyword(word));
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
            expected.add(TokenKind.GT);
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
        // the `>` becomes a token of its own, consumed, so that what ends here ends after it (a bound's span)
        toks.set(pos, new Token(TokenKind.GT, ">", new Span(s.file(), s.lo(), s.lo() + 1)));
        toks.add(pos + 1, new Token(restKind, rest, new Span(s.file(), s.lo() + 1, s.hi())));
        bump();
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
        expected.add(TokenKind.LT);
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

    boolean checkIdentAt(int ahead) {
        Token t = peek(ahead);
        return (t.kind() == TokenKind.IDENT && !isKeyword(t)) || t.kind() == TokenKind.RAW_IDENT;
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
            if (k.isOpenDelim()) {
                nest++;
            } else if (k.isCloseDelim()) {
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
            case EOF -> "`<eof>`";
            case IDENT -> (isKeyword(t) ? "keyword `" : "`") + t.text() + "`";
            case INT_LIT, FLOAT_LIT, STR_LIT, CHAR_LIT, BYTE_LIT, BYTE_STR_LIT, RAW_STR_LIT, RAW_BYTE_STR_LIT,
                    C_STR_LIT, RAW_C_STR_LIT -> "`" + t.text() + "`";
            default -> "`" + t.text() + "`";
        };
    }

    /** Reports "expected one of X, Y, found Z" from the tokens checked since the last bump. */
    void errorExpected() {
        if (aborted) {
            return;
        }
        diags.report(expectedError());
    }

    /**
     * rustc's "expected one of X, Y, found Z" built from the tokens checked since the last bump, for the
     * caller to extend (a suggestion) and report.
     */
    Diagnostic.Builder expectedError() {
        Token t = peek();
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Object o : expected) {
            names.add(o instanceof TokenKind k ? "`" + k.spelling() + "`" : o instanceof Keyword w ? "`" + w.word() + "`"
                    : (String) o);
        }
        List<String> exp = new ArrayList<>(names);
        expected.clear();
        String found = describe(t);
        if (exp.isEmpty()) {
            return inContext(Diagnostic.error("unexpected token: " + found)).primary(t.span())
                    .secondary(prev().span(), "unexpected token after this");
        }
        if (exp.contains("`;`") && pos > 0 && onNewLine() && canBeginStatement(t)) {
            // rustc's reading: a statement or item on the next line means only the `;` was forgotten
            Span at = prev().span().shrinkToHi();
            return Diagnostic.error("expected `;`, found " + found).primary(at)
                    .secondary(t.span(), "unexpected token")
                    .suggestionShort(at, "add `;` here", ";");
        }
        String list = listOf(exp);
        String msg = (exp.size() > 1 ? "expected one of " : "expected ") + list + ", found " + found;
        String label = exp.size() > 1 ? "expected one of " + (exp.size() > 6 ? exp.size() + " possible tokens" : list)
                : "expected " + list;
        if (t.kind() == TokenKind.EOF && pos > 0) {
            return inContext(Diagnostic.error(msg)).primary(prev().span(), label);
        }
        if (pos == 0 || !onNewLine()) {
            return inContext(Diagnostic.error(msg)).primary(t.span(), label);
        }
        return inContext(Diagnostic.error(msg)).primary(t.span(), "unexpected token")
                .secondary(prev().span().shrinkToHi(), label);
    }

    void pushContext(Span span, String text) {
        context.push(new Context(span, text, null, null, null));
    }

    void pushContext(Span span, String text, Span suggestAt, String suggestMessage, String suggestion) {
        context.push(new Context(span, text, suggestAt, suggestMessage, suggestion));
    }

    void pushBarrier() {
        context.push(new Context(null, null, null, null, null));
    }

    void popContext() {
        context.pop();
    }

    /** Adds the innermost context label (and its suggestion) to an error being built. */
    Diagnostic.Builder inContext(Diagnostic.Builder b) {
        Context c = context.peek();
        if (c != null && c.span() != null) {
            b.secondary(c.span(), c.text());
            if (c.suggestAt() != null) {
                b.suggestion(c.suggestAt(), c.suggestMessage(), c.suggestion());
            }
        }
        return b;
    }

    /** The source text of a span, rebuilt from its tokens (a gap between two tokens becomes one space). */
    String sourceText(Span span) {
        StringBuilder sb = new StringBuilder();
        int lastHi = -1;
        for (Token t : toks) {
            if (t.span().file() != span.file() || t.span().lo() < span.lo() || t.span().hi() > span.hi()) {
                continue;
            }
            if (lastHi >= 0 && t.span().lo() > lastHi) {
                sb.append(' ');
            }
            sb.append(t.text());
            lastHi = t.span().hi();
        }
        return sb.toString();
    }

    /** A token that can start a statement or an item, or close the block (rustc's missing-`;` test). */
    boolean canBeginStatement(Token t) {
        switch (t.kind()) {
            case CLOSE_BRACE, OPEN_PAREN, OPEN_BRACKET, AND, AND_AND, STAR, MINUS, NOT, POUND, OR, OR_OR, LIFETIME,
                    RAW_IDENT, DOC_COMMENT_OUTER -> {
                return true;
            }
            case IDENT -> {
                return !isKeyword(t) || Set.of("let", "fn", "pub", "struct", "enum", "impl", "trait", "use", "mod", "const",
                        "static", "if", "match", "while", "for", "loop", "return", "unsafe", "extern", "type", "break",
                        "continue", "self", "Self", "super", "crate", "true", "false", "move", "async").contains(t.text());
            }
            default -> {
                return t.kind().isLiteral();
            }
        }
    }

    /** rustc's list: {@code `a`}, {@code `a` or `b`}, {@code `a`, `b`, or `c`}. */
    static String listOf(List<String> items) {
        if (items.size() == 2) {
            return items.get(0) + " or " + items.get(1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(i == items.size() - 1 ? ", or " : ", ");
            }
            sb.append(items.get(i));
        }
        return sb.toString();
    }

    /**
     * rustc's "expected `;`" with the spot right after {@code after} and a suggestion to add it, when the
     * next token is on a new line; on the same line, the plain "expected one of ..." error. True in the first
     * case, where parsing goes on as if the `;` were there; otherwise the caller skips the statement.
     */
    boolean reportMissingSemi(Span after, Token found) {
        if (!onNewLine() && found == peek()) {
            errorExpected();
            return false;
        }
        Span at = after.shrinkToHi();
        diags.report(Diagnostic.error("expected `;`, found " + describe(found))
                .primary(at)
                .secondary(found.span(), "unexpected token")
                .suggestionShort(at, "add `;` here", ";"));
        return true;
    }

    void error(Span span, String message, String label) {
        if (!aborted) {
            diags.report(inContext(Diagnostic.error(message)).primary(span, label));
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
            if (k.isOpenDelim()) {
                nest++;
            } else if (k.isCloseDelim()) {
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
            if (k.isOpenDelim()) {
                nest++;
            } else if (k.isCloseDelim()) {
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
