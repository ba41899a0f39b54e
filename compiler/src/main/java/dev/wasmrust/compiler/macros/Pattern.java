package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The two sides of a rule as trees: matchers ({@link M}) and transcribers ({@link T}). */
final class Pattern {
    private Pattern() {}

    private static final String VALID = "valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`,"
            + " `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param`"
            + " for edition compatibility";

    /** A matcher element. */
    sealed interface M {
        Span span();

        /** A token that must appear as is. */
        record Tok(Token token) implements M {
            public Span span() {
                return token.span();
            }
        }

        /** A delimited group, matched against a group with the same delimiter. */
        record Group(TokenTree.Delimiter delimiter, List<M> inner, Span span) implements M {}

        /** {@code $name:kind}. */
        record Frag(String name, String kind, Span span) implements M {}

        /** {@code $( inner ) sep op}; {@code sep} may be null; {@code op} is '*', '+' or '?'. */
        record Rep(List<M> inner, Token sep, char op, Span span) implements M {}
    }

    /** A transcriber element. */
    sealed interface T {
        record Tok(Token token) implements T {}

        record Group(TokenTree.Delimiter delimiter, List<T> inner, Span open, Span close) implements T {}

        /** {@code $name}. */
        record Var(String name, Span span) implements T {}

        record Rep(List<T> inner, Token sep, char op, Span span) implements T {}
    }

    /** Compiles a matcher; null after reporting a malformed one. */
    static List<M> matcher(List<TokenTree> trees, Diagnostics diags) {
        List<M> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (t instanceof TokenTree.Delimited d) {
                List<M> inner = matcher(d.trees(), diags);
                ok &= inner != null;
                out.add(new M.Group(d.delimiter(), inner == null ? List.of() : inner, d.span()));
                continue;
            }
            Token tok = ((TokenTree.Leaf) t).token();
            if (!tok.is(TokenKind.DOLLAR) || i + 1 >= trees.size()) {
                out.add(new M.Tok(tok));
                continue;
            }
            TokenTree next = trees.get(i + 1);
            if (next instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.PAREN) {
                List<M> inner = matcher(d.trees(), diags);
                ok &= inner != null;
                RepEnd end = repEnd(trees, i + 2);
                if (end.opIndex() < 0) {
                    diags.report(Diagnostic.error("expected one of: `*`, `+`, or `?`").primary(d.span()));
                    return null;
                }
                TokenTree opTree = trees.get(end.opIndex());
                char op = ((TokenTree.Leaf) opTree).token().text().charAt(0);
                out.add(new M.Rep(inner == null ? List.of() : inner, end.sep(), op, tok.span().to(opTree.span())));
                i = end.opIndex();
                continue;
            }
            if (next instanceof TokenTree.Leaf l && isName(l.token())) {
                Span nameSpan = tok.span().to(l.token().span());
                if (l.token().text().equals("crate")) {
                    out.add(new M.Tok(tok));
                    continue;
                }
                if (i + 2 < trees.size() && MacroDef.isLeaf(trees.get(i + 2), TokenKind.COLON)
                        && i + 3 < trees.size() && trees.get(i + 3) instanceof TokenTree.Leaf k && isName(k.token())) {
                    String kind = k.token().text();
                    Span whole = tok.span().to(k.token().span());
                    if (!MacroDef.FRAGMENTS.contains(kind)) {
                        diags.report(Diagnostic.error("invalid fragment specifier `" + kind + "`").primary(whole).help(VALID));
                        ok = false;
                    }
                    out.add(new M.Frag(l.token().text(), kind, whole));
                    i += 3;
                    continue;
                }
                diags.report(Diagnostic.error("missing fragment specifier").primary(nameSpan)
                        .note("fragment specifiers must be provided").help(VALID)
                        .suggestion(nameSpan.shrinkToHi(), "try adding a specifier here", ":spec"));
                ok = false;
                i += 1;
                continue;
            }
            out.add(new M.Tok(tok));
        }
        if (ok) {
            ok = FollowCheck.check(out, diags);
        }
        return ok ? out : null;
    }

    /** What follows {@code $(...)}: the separator (may be null) and the operator's index, -1 when there is none. */
    private record RepEnd(Token sep, int opIndex) {}

    private static RepEnd repEnd(List<TokenTree> trees, int i) {
        if (i < trees.size() && isOp(trees.get(i))) {
            return new RepEnd(null, i);
        }
        if (i + 1 < trees.size() && trees.get(i) instanceof TokenTree.Leaf sep && isOp(trees.get(i + 1))
                && !((TokenTree.Leaf) trees.get(i + 1)).token().is(TokenKind.QUESTION)) {
            return new RepEnd(sep.token(), i + 1);
        }
        return new RepEnd(null, -1);
    }

    private static boolean isOp(TokenTree t) {
        return t instanceof TokenTree.Leaf l && (l.token().is(TokenKind.STAR) || l.token().is(TokenKind.PLUS)
                || l.token().is(TokenKind.QUESTION));
    }

    static boolean isName(Token t) {
        return t.is(TokenKind.IDENT) || t.is(TokenKind.RAW_IDENT);
    }

    /** Compiles a transcriber; {@code $} not followed by a name or group stays a token. */
    static List<T> transcriber(List<TokenTree> trees) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (t instanceof TokenTree.Delimited d) {
                out.add(new T.Group(d.delimiter(), transcriber(d.trees()), d.open(), d.close()));
                continue;
            }
            Token tok = ((TokenTree.Leaf) t).token();
            if (tok.is(TokenKind.DOLLAR) && i + 1 < trees.size()) {
                TokenTree next = trees.get(i + 1);
                if (next instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.PAREN) {
                    RepEnd end = repEnd(trees, i + 2);
                    if (end.opIndex() >= 0) {
                        char op = ((TokenTree.Leaf) trees.get(end.opIndex())).token().text().charAt(0);
                        out.add(new T.Rep(transcriber(d.trees()), end.sep(), op, tok.span().to(d.span())));
                        i = end.opIndex();
                        continue;
                    }
                }
                if (next instanceof TokenTree.Leaf l && isName(l.token())) {
                    if (l.token().text().equals("crate")) {
                        // `$crate::f` names this crate's items: there is only one crate
                        out.add(new T.Tok(new Token(TokenKind.IDENT, "crate", l.token().span())));
                    } else {
                        out.add(new T.Var(l.token().text(), tok.span().to(l.token().span())));
                    }
                    i++;
                    continue;
                }
            }
            out.add(new T.Tok(tok));
        }
        return out;
    }

    /** The names bound by fragments in a matcher, at any depth. */
    static Set<String> names(List<M> ms) {
        Set<String> out = new LinkedHashSet<>();
        for (M m : ms) {
            if (m instanceof M.Frag f) {
                out.add(f.name());
            } else if (m instanceof M.Group g) {
                out.addAll(names(g.inner()));
            } else if (m instanceof M.Rep r) {
                out.addAll(names(r.inner()));
            }
        }
        return out;
    }

    /** The variables a transcriber uses, at any depth. */
    static Set<String> vars(List<T> ts) {
        Set<String> out = new LinkedHashSet<>();
        for (T t : ts) {
            if (t instanceof T.Var v) {
                out.add(v.name());
            } else if (t instanceof T.Group g) {
                out.addAll(vars(g.inner()));
            } else if (t instanceof T.Rep r) {
                out.addAll(vars(r.inner()));
            }
        }
        return out;
    }
}
