package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser as the macro expander needs it: how many tokens one fragment ({@code $e:expr}, {@code $t:ty} ...)
 * takes, and the parse of a transcribed expansion in expression, statement, item or pattern position.
 * The parser itself stays package-private; this is its only door for token trees.
 */
public final class Fragments {
    private Fragments() {}

    /** Statements of an expansion in statement position, and its trailing expression (may be null). */
    public record Stmts(List<Stmt> stmts, Expr tail) {
        public Stmts {
            stmts = List.copyOf(stmts);
        }
    }

    /**
     * How many of {@code trees} (a prefix) parse as one fragment of {@code kind} ("expr", "ty", "pat",
     * "pat_param", "path", "stmt", "item"), or -1 when no prefix does. Never reports anything.
     */
    public static int length(String kind, List<TokenTree> trees) {
        List<Token> flat = flatten(trees);
        Diagnostics local = new Diagnostics();
        Parser p = new Parser(flat, local, declared -> declared);
        if (p.atEof()) {
            return -1;
        }
        switch (kind) {
            case "expr" -> p.parseExpr();
            case "ty" -> p.parseTy();
            case "pat" -> p.parsePat();
            case "pat_param" -> p.parsePatNoAlt();
            case "path" -> p.parsePath(TypeParser.PathStyle.TYPE);
            case "item" -> {
                List<dev.wasmrust.compiler.ast.Attr> attrs = p.parseOuterAttrs();
                if (!p.startsItem() && !p.peek().is(TokenKind.IDENT)) {
                    return -1;
                }
                p.parseItem(attrs);
            }
            case "stmt" -> {
                if (p.peek().isWord("let")) {
                    // a `let` fragment ends before its `;`, which the matcher sees as the next token
                    int n = 0;
                    while (n < trees.size() && !(trees.get(n) instanceof TokenTree.Leaf l && l.token().is(TokenKind.SEMI))) {
                        n++;
                    }
                    return n;
                }
                if (p.startsItem()) {
                    p.parseItem(p.parseOuterAttrs());
                } else {
                    p.parseExpr();
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        if (local.hasErrors() || p.pos == 0) {
            return -1;
        }
        return treesCovering(trees, p.pos);
    }

    /** The number of trees whose flattened tokens are the first {@code tokens} ones; -1 inside a group. */
    private static int treesCovering(List<TokenTree> trees, int tokens) {
        int n = 0;
        int i = 0;
        while (n < tokens && i < trees.size()) {
            n += size(trees.get(i));
            i++;
        }
        return n == tokens ? i : -1;
    }

    private static int size(TokenTree t) {
        if (t instanceof TokenTree.Delimited d) {
            int n = 2;
            for (TokenTree c : d.trees()) {
                n += size(c);
            }
            return n;
        }
        return 1;
    }

    /** {@code end}: where the end of the expansion is reported (the end of the macro call). */
    public static Expr parseExpr(List<TokenTree> trees, Span end, Diagnostics diags) {
        Parser p = new Parser(flatten(trees, end), diags, declared -> declared);
        Expr e = p.parseExpr();
        // `($x:expr) => { $x * 2; }` used as an expression: rustc accepts the stray `;` (with a lint)
        p.eat(TokenKind.SEMI);
        if (!p.atEof()) {
            p.errorExpected();
        }
        return e;
    }

    public static Stmts parseStmts(List<TokenTree> trees, Span end, Diagnostics diags) {
        Parser p = new Parser(flatten(trees, end), diags, declared -> declared);
        List<Stmt> stmts = new ArrayList<>();
        Expr tail = p.parseCellBody(stmts);
        return new Stmts(stmts, tail);
    }

    public static List<Item> parseItems(List<TokenTree> trees, Span end, Diagnostics diags) {
        Parser p = new Parser(flatten(trees, end), diags, declared -> declared);
        return p.parseItemsUntilEof();
    }

    public static Pat parsePat(List<TokenTree> trees, Span end, Diagnostics diags) {
        Parser p = new Parser(flatten(trees, end), diags, declared -> declared);
        Pat pat = p.parsePat();
        if (!p.atEof()) {
            p.errorExpected();
        }
        return pat;
    }

    static List<Token> flatten(List<TokenTree> trees) {
        return flatten(trees, (Span) null);
    }

    private static List<Token> flatten(List<TokenTree> trees, Span end) {
        List<Token> flat = new ArrayList<>();
        flatten(trees, flat);
        if (end == null) {
            end = flat.isEmpty() ? Span.DUMMY : flat.get(flat.size() - 1).span().shrinkToHi();
        }
        flat.add(new Token(TokenKind.EOF, "", end));
        return flat;
    }

    private static void flatten(List<TokenTree> trees, List<Token> out) {
        for (TokenTree t : trees) {
            if (t instanceof TokenTree.Leaf l) {
                out.add(l.token());
            } else if (t instanceof TokenTree.Delimited d) {
                out.add(new Token(TokenKind.openOf(d.delimiter()), d.delimiter().open(), d.open()));
                flatten(d.trees(), out);
                out.add(new Token(TokenKind.closeOf(d.delimiter()), d.delimiter().close(), d.close()));
            }
        }
    }
}
