package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a rule's transcriber out with the matched fragments substituted.
 *
 * <p>Spans: the macro's own tokens get the call's span (errors in expanded code point at the call, and every
 * span of an expansion stays inside it); fragments keep their own. An {@code expr} fragment of several tokens
 * is wrapped in parentheses, as rustc keeps it one opaque expression ({@code $a * 2} with {@code 1 + 1}
 * is 4).
 *
 * <p>Hygiene (the part learners meet): a local the macro body binds with {@code let} or {@code for} gets a
 * name no source can spell, so it neither captures nor shadows the caller's variable of the same name.
 */
final class Transcriber {
    /**
     * Marks a renamed local. It must stay an identifier (format strings name locals: {@code "{x}"}), so it is
     * a spelling no one writes rather than one no one can.
     */
    static final String HYGIENE_MARK = "__macro";

    private final Diagnostics diags;
    private final Span call;
    private final Set<String> hygienic;
    private final String suffix;
    private final SourceMap sources;
    private boolean failed;
    /** Inside {@code stringify!(..)}: tokens keep their spans, which tell how they were spaced. */
    private boolean verbatim;

    private Transcriber(Diagnostics diags, Span call, Set<String> hygienic, String suffix, SourceMap sources) {
        this.diags = diags;
        this.call = call;
        this.hygienic = hygienic;
        this.suffix = suffix;
        this.sources = sources;
    }

    /** The expansion's tokens, or null after reporting a problem. {@code serial} makes its locals unique. */
    static List<TokenTree> transcribe(List<Pattern.T> ts, Map<String, Binding> b, Span call, int serial, SourceMap sources,
                                      Diagnostics diags) {
        Set<String> bound = new HashSet<>();
        boundLocals(ts, bound);
        Transcriber t = new Transcriber(diags, call, bound, HYGIENE_MARK + serial, sources);
        List<TokenTree> out = new ArrayList<>();
        t.emit(ts, b, new ArrayList<>(), out);
        return t.failed ? null : out;
    }

    private void emit(List<Pattern.T> ts, Map<String, Binding> b, List<Integer> idx, List<TokenTree> out) {
        for (int i = 0; i < ts.size() && !failed; i++) {
            Pattern.T t = ts.get(i);
            if (!verbatim && isStringify(ts, i)) {
                // written out here, while the tokens still have their own spans
                Pattern.T.Group g = (Pattern.T.Group) ts.get(i + 2);
                List<TokenTree> inner = new ArrayList<>();
                verbatim = true;
                emit(g.inner(), b, idx, inner);
                verbatim = false;
                out.add(new TokenTree.Leaf(Stringify.literal(inner, sources, call)));
                i += 2;
            } else if (t instanceof Pattern.T.Tok tok && verbatim) {
                out.add(new TokenTree.Leaf(tok.token()));
            } else if (t instanceof Pattern.T.Group g && verbatim) {
                List<TokenTree> inner = new ArrayList<>();
                emit(g.inner(), b, idx, inner);
                out.add(new TokenTree.Delimited(g.delimiter(), inner, g.open(), g.close()));
            } else if (t instanceof Pattern.T.Tok tok) {
                out.add(new TokenTree.Leaf(respan(tok.token(), i > 0 ? ts.get(i - 1) : null, i + 1 < ts.size() ? ts.get(i + 1) : null)));
            } else if (t instanceof Pattern.T.Group g) {
                List<TokenTree> inner = new ArrayList<>();
                emit(g.inner(), b, idx, inner);
                out.add(new TokenTree.Delimited(g.delimiter(), inner, call.shrinkToLo(), call.shrinkToHi()));
            } else if (t instanceof Pattern.T.Var v) {
                Binding x = lookup(v.name(), b, idx);
                if (x == null) {
                    // not a meta-variable: rustc leaves `$name` in place, and parsing the expansion reports it
                    out.add(new TokenTree.Leaf(new Token(TokenKind.DOLLAR, "$", call)));
                    out.add(new TokenTree.Leaf(new Token(TokenKind.IDENT, v.name(), call)));
                } else if (x instanceof Binding.Many) {
                    diags.report(Diagnostic.error("variable `" + v.name() + "` is still repeating at this depth").primary(v.span()));
                    failed = true;
                } else {
                    Binding.One one = (Binding.One) x;
                    if (!verbatim && (one.kind().equals("expr") || one.kind().equals("expr_2021")) && one.tokens().size() > 1) {
                        List<TokenTree> toks = one.tokens();
                        out.add(new TokenTree.Delimited(TokenTree.Delimiter.PAREN, toks, toks.get(0).span().shrinkToLo(),
                                toks.get(toks.size() - 1).span().shrinkToHi()));
                    } else {
                        out.addAll(one.tokens());
                    }
                }
            } else {
                repeat((Pattern.T.Rep) t, b, idx, out);
            }
        }
    }

    private static boolean isStringify(List<Pattern.T> ts, int i) {
        return i + 2 < ts.size() && ts.get(i) instanceof Pattern.T.Tok s && s.token().isWord("stringify")
                && isTok(ts.get(i + 1), TokenKind.NOT) && ts.get(i + 2) instanceof Pattern.T.Group
                && !(i > 0 && (isTok(ts.get(i - 1), TokenKind.DOT) || isTok(ts.get(i - 1), TokenKind.PATH_SEP)));
    }

    private void repeat(Pattern.T.Rep r, Map<String, Binding> b, List<Integer> idx, List<TokenTree> out) {
        int count = -1;
        String driver = null;
        for (String name : Pattern.vars(r.inner())) {
            Binding x = lookup(name, b, idx);
            if (x instanceof Binding.Many m) {
                if (count >= 0 && m.items().size() != count) {
                    diags.report(Diagnostic.error("meta-variable `" + driver + "` repeats " + count + " time" + (count == 1 ? "" : "s")
                            + ", but `" + name + "` repeats " + m.items().size() + " time" + (m.items().size() == 1 ? "" : "s"))
                            .primary(r.span()));
                    failed = true;
                    return;
                }
                count = m.items().size();
                driver = name;
            }
        }
        if (count < 0) {
            diags.report(Diagnostic.error("attempted to repeat an expression containing no syntax variables matched as repeating at this depth")
                    .primary(r.span()));
            failed = true;
            return;
        }
        for (int i = 0; i < count && !failed; i++) {
            if (i > 0 && r.sep() != null) {
                out.add(new TokenTree.Leaf(new Token(r.sep().kind(), r.sep().text(), call)));
            }
            List<Integer> deeper = new ArrayList<>(idx);
            deeper.add(i);
            emit(r.inner(), b, deeper, out);
        }
    }

    /** A variable's binding at the current repetition indices; a shallower binding serves deeper repetitions. */
    private static Binding lookup(String name, Map<String, Binding> b, List<Integer> idx) {
        Binding x = b.get(name);
        for (int i = 0; i < idx.size() && x instanceof Binding.Many m; i++) {
            int at = idx.get(i);
            if (at >= m.items().size()) {
                return null;
            }
            x = m.items().get(at);
        }
        return x;
    }

    /** A macro token at the call's span, renamed when it is one of the body's own locals. */
    private Token respan(Token t, Pattern.T prev, Pattern.T next) {
        String text = t.text();
        if (t.is(TokenKind.IDENT) && hygienic.contains(text) && !isTok(prev, TokenKind.DOT) && !isTok(prev, TokenKind.PATH_SEP)
                && !isTok(next, TokenKind.NOT) && !isTok(next, TokenKind.PATH_SEP)) {
            text = text + suffix;
        } else if (t.is(TokenKind.STR_LIT) && text.indexOf('{') >= 0 && !hygienic.isEmpty()) {
            text = renameInFormat(text);
        }
        return new Token(t.kind(), text, call, t.error(), t.newlineBefore());
    }

    /** {@code "{x}"} and {@code "{x:?}"} name the body's {@code x}: they follow its renaming. */
    private String renameInFormat(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            sb.append(c);
            i++;
            if (c != '{') {
                continue;
            }
            if (i < text.length() && text.charAt(i) == '{') {
                sb.append('{');
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            String name = text.substring(i, j);
            if (j < text.length() && (text.charAt(j) == '}' || text.charAt(j) == ':') && hygienic.contains(name)) {
                sb.append(name).append(suffix);
                i = j;
            }
        }
        return sb.toString();
    }

    private static boolean isTok(Pattern.T t, TokenKind k) {
        return t instanceof Pattern.T.Tok tok && tok.token().is(k);
    }

    /**
     * Locals the transcriber itself binds: the names in the pattern after {@code let} (also {@code if let},
     * {@code while let}) and {@code for}, and closure parameters {@code |a, b: T|}. A token-level reading,
     * which is enough for what macro bodies bind.
     */
    private static void boundLocals(List<Pattern.T> ts, Set<String> out) {
        for (int i = 0; i < ts.size(); i++) {
            Pattern.T t = ts.get(i);
            if (t instanceof Pattern.T.Group g) {
                boundLocals(g.inner(), out);
            } else if (t instanceof Pattern.T.Rep r) {
                boundLocals(r.inner(), out);
            } else if (t instanceof Pattern.T.Tok tok && (tok.token().isWord("let") || tok.token().isWord("for"))) {
                patternNames(ts, i + 1, out);
            } else if (t instanceof Pattern.T.Tok tok && tok.token().is(TokenKind.OR) && startsClosure(ts, i)) {
                closureParams(ts, i + 1, out);
            }
        }
    }

    /** The names a pattern starting at {@code from} binds, up to {@code =}, {@code in}, {@code :} or {@code ;}. */
    private static void patternNames(List<Pattern.T> ts, int from, Set<String> out) {
        for (int j = from; j < ts.size(); j++) {
            Pattern.T t = ts.get(j);
            if (t instanceof Pattern.T.Tok tok) {
                Token k = tok.token();
                if (k.is(TokenKind.EQ) || k.is(TokenKind.SEMI) || k.is(TokenKind.COLON) || k.isWord("in")) {
                    return;
                }
                if (k.is(TokenKind.IDENT)) {
                    addLocal(k, ts, j, out);
                }
            } else if (t instanceof Pattern.T.Group g && g.delimiter() != TokenTree.Delimiter.BRACE) {
                patternNames(g.inner(), 0, out);
            } else if (!(t instanceof Pattern.T.Var)) {
                return;
            }
        }
    }

    /** Whether the {@code |} at {@code i} opens a closure's parameters (it does not follow an operand). */
    private static boolean startsClosure(List<Pattern.T> ts, int i) {
        if (i == 0) {
            return true;
        }
        Pattern.T prev = ts.get(i - 1);
        if (prev instanceof Pattern.T.Tok p) {
            Token k = p.token();
            return k.is(TokenKind.COMMA) || k.is(TokenKind.EQ) || k.is(TokenKind.FAT_ARROW) || k.isWord("move")
                    || k.isWord("return") || k.is(TokenKind.SEMI);
        }
        return false;
    }

    private static void closureParams(List<Pattern.T> ts, int from, Set<String> out) {
        boolean inType = false;
        for (int j = from; j < ts.size(); j++) {
            Pattern.T t = ts.get(j);
            if (t instanceof Pattern.T.Tok tok) {
                Token k = tok.token();
                if (k.is(TokenKind.OR)) {
                    return;
                }
                if (k.is(TokenKind.COMMA)) {
                    inType = false;
                } else if (k.is(TokenKind.COLON)) {
                    inType = true;
                } else if (k.is(TokenKind.IDENT) && !inType) {
                    addLocal(k, ts, j, out);
                }
            } else if (t instanceof Pattern.T.Group g && !inType) {
                patternNames(g.inner(), 0, out);
            }
        }
    }

    private static void addLocal(Token name, List<Pattern.T> seq, int at, Set<String> out) {
        String text = name.text();
        boolean keyword = text.equals("mut") || text.equals("ref") || text.equals("_") || text.equals("in");
        boolean lower = !keyword && (Character.isLowerCase(text.codePointAt(0)) || text.startsWith("_") && text.length() > 1);
        Pattern.T next = at + 1 < seq.size() ? seq.get(at + 1) : null;
        // `Some(..)`, `path::to`, `m!(..)` are not bindings
        boolean notBinding = next instanceof Pattern.T.Group || isTok(next, TokenKind.PATH_SEP) || isTok(next, TokenKind.NOT);
        if (lower && !notBinding) {
            out.add(text);
        }
    }
}
