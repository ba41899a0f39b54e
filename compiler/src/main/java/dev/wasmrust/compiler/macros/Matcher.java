package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Fragments;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a call's tokens against one rule's matcher. Repetitions are greedy and backtrack (rustc runs its
 * matcher threads in parallel and rejects ambiguous matchers instead; both agree on the matchers rustc
 * accepts). Records the furthest point any attempt reached, which rustc reports when no rule matches.
 */
final class Matcher {
    /** Where matching failed: the offending token (or the call's end), and what the matcher wanted there. */
    record Failure(Span at, boolean atEnd, String found, Pattern.M expected) {}

    private Failure best;

    Failure best() {
        return best;
    }

    /** The bindings, or null when the rule does not match (see {@link #best()}). */
    Map<String, Binding> match(List<Pattern.M> matcher, List<TokenTree> input, Span end) {
        Pattern.M last = matcher.isEmpty() ? null : matcher.get(matcher.size() - 1);
        return seq(matcher, 0, input, 0, end, true, new HashMap<>(), (ii, b) -> {
            if (ii == input.size()) {
                return b;
            }
            fail(input, ii, end, true, last);
            return null;
        });
    }

    private interface K {
        Map<String, Binding> go(int ii, Map<String, Binding> b);
    }

    private Map<String, Binding> seq(List<Pattern.M> ms, int mi, List<TokenTree> in, int ii, Span end, boolean top,
                                     Map<String, Binding> b, K k) {
        if (mi == ms.size()) {
            return k.go(ii, b);
        }
        Pattern.M m = ms.get(mi);
        if (m instanceof Pattern.M.Tok t) {
            if (ii < in.size() && in.get(ii) instanceof TokenTree.Leaf l && same(l.token(), t.token())) {
                return seq(ms, mi + 1, in, ii + 1, end, top, b, k);
            }
            fail(in, ii, end, top, m);
            return null;
        }
        if (m instanceof Pattern.M.Group g) {
            if (ii < in.size() && in.get(ii) instanceof TokenTree.Delimited d && d.delimiter() == g.delimiter()) {
                Pattern.M innerLast = g.inner().isEmpty() ? null : g.inner().get(g.inner().size() - 1);
                return seq(g.inner(), 0, d.trees(), 0, d.close(), false, b, (jj, b2) -> {
                    if (jj != d.trees().size()) {
                        fail(d.trees(), jj, d.close(), false, innerLast);
                        return null;
                    }
                    return seq(ms, mi + 1, in, ii + 1, end, top, b2, k);
                });
            }
            fail(in, ii, end, top, m);
            return null;
        }
        if (m instanceof Pattern.M.Frag f) {
            int n = fragment(f.kind(), in, ii);
            if (n < 0) {
                fail(in, ii, end, top, m);
                return null;
            }
            Map<String, Binding> b2 = new HashMap<>(b);
            b2.put(f.name(), new Binding.One(f.kind(), in.subList(ii, ii + n)));
            return seq(ms, mi + 1, in, ii + n, end, top, b2, k);
        }
        Pattern.M.Rep r = (Pattern.M.Rep) m;
        return rep(r, ms, mi, in, ii, end, top, b, new ArrayList<>(), k);
    }

    private Map<String, Binding> rep(Pattern.M.Rep r, List<Pattern.M> ms, int mi, List<TokenTree> in, int ii, Span end,
                                     boolean top, Map<String, Binding> b, List<Map<String, Binding>> iters, K k) {
        if (r.op() != '?' || iters.isEmpty()) {
            int start = ii;
            boolean canTry = true;
            if (!iters.isEmpty() && r.sep() != null) {
                if (ii < in.size() && in.get(ii) instanceof TokenTree.Leaf l && same(l.token(), r.sep())) {
                    start = ii + 1;
                } else {
                    canTry = false;
                }
            }
            if (canTry) {
                int from = start;
                Map<String, Binding> res = seq(r.inner(), 0, in, from, end, top, new HashMap<>(), (jj, bi) -> {
                    if (jj == ii) {
                        return null; // an iteration that consumes nothing would repeat forever
                    }
                    List<Map<String, Binding>> more = new ArrayList<>(iters);
                    more.add(bi);
                    return rep(r, ms, mi, in, jj, end, top, b, more, k);
                });
                if (res != null) {
                    return res;
                }
            }
        }
        if (r.op() == '+' && iters.isEmpty()) {
            return null;
        }
        Map<String, Binding> b2 = new HashMap<>(b);
        for (String name : Pattern.names(r.inner())) {
            List<Binding> items = new ArrayList<>(iters.size());
            for (Map<String, Binding> it : iters) {
                Binding x = it.get(name);
                items.add(x == null ? new Binding.Many(List.of()) : x);
            }
            b2.put(name, new Binding.Many(items));
        }
        return seq(ms, mi + 1, in, ii, end, top, b2, k);
    }

    private void fail(List<TokenTree> in, int ii, Span end, boolean top, Pattern.M expected) {
        boolean atEnd = ii >= in.size();
        Span at = atEnd ? end : in.get(ii).span();
        if (best != null && best.at().file() == at.file() && best.at().lo() >= at.lo()) {
            return;
        }
        String found = atEnd ? null : MacroDef.describe(in.get(ii));
        best = new Failure(at, atEnd && top, found, expected);
    }

    /** How many trees from {@code ii} one fragment of {@code kind} takes, or -1. */
    private static int fragment(String kind, List<TokenTree> in, int ii) {
        if (ii >= in.size()) {
            return kind.equals("vis") ? 0 : -1;
        }
        TokenTree t = in.get(ii);
        Token tok = t instanceof TokenTree.Leaf l ? l.token() : null;
        switch (kind) {
            case "tt" -> {
                return 1;
            }
            case "ident" -> {
                return tok != null && Pattern.isName(tok) && !tok.text().equals("_") ? 1 : -1;
            }
            case "lifetime" -> {
                return tok != null && tok.is(TokenKind.LIFETIME) ? 1 : -1;
            }
            case "block" -> {
                return t instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.BRACE ? 1 : -1;
            }
            case "literal" -> {
                if (tok != null && (tok.kind().isLiteral() || tok.isWord("true") || tok.isWord("false"))) {
                    return 1;
                }
                if (tok != null && tok.is(TokenKind.MINUS) && ii + 1 < in.size() && in.get(ii + 1) instanceof TokenTree.Leaf n
                        && (n.token().is(TokenKind.INT_LIT) || n.token().is(TokenKind.FLOAT_LIT))) {
                    return 2;
                }
                return -1;
            }
            case "vis" -> {
                if (tok == null || !tok.isWord("pub")) {
                    return 0;
                }
                return ii + 1 < in.size() && in.get(ii + 1) instanceof TokenTree.Delimited d
                        && d.delimiter() == TokenTree.Delimiter.PAREN ? 2 : 1;
            }
            case "meta" -> {
                int n = Fragments.length("path", in.subList(ii, in.size()));
                if (n < 0) {
                    return -1;
                }
                if (ii + n < in.size() && in.get(ii + n) instanceof TokenTree.Delimited) {
                    return n + 1;
                }
                if (ii + n < in.size() && MacroDef.isLeaf(in.get(ii + n), TokenKind.EQ)) {
                    int e = Fragments.length("expr", in.subList(ii + n + 1, in.size()));
                    return e < 0 ? -1 : n + 1 + e;
                }
                return n;
            }
            case "expr_2021" -> {
                return Fragments.length("expr", in.subList(ii, in.size()));
            }
            default -> {
                return Fragments.length(kind, in.subList(ii, in.size()));
            }
        }
    }

    static boolean same(Token a, Token b) {
        return a.kind() == b.kind() && a.text().equals(b.text());
    }
}
