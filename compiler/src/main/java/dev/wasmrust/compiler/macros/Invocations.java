package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One macro call at a time: which macro a call names, matching its rules in order, the transcription, and
 * rustc's errors (no rule matched, unknown macro, recursion limit). After the recursion limit nothing more
 * is expanded, as rustc stops there.
 */
final class Invocations {
    /** rustc's default {@code recursion_limit}. */
    static final int LIMIT = 128;

    private final SourceMap sources;
    private final Diagnostics diags;
    private final String crateName;
    private final List<Item.MacroRules> all;
    private int serial;
    private boolean stopped;
    /** Unresolved calls: rustc reports them once expansion is over, and not at all after a fatal error. */
    private final List<Diagnostic.Builder> unresolved = new ArrayList<>();

    Invocations(SourceMap sources, Diagnostics diags, String crateName, List<Item.MacroRules> all) {
        this.sources = sources;
        this.diags = diags;
        this.crateName = crateName;
        this.all = all;
    }

    boolean stopped() {
        return stopped;
    }

    /** The user macro a call names in this scope, or null ({@code name!}, {@code crate::name!}, {@code $crate::name!}). */
    MacroDef resolve(MacroCall mac, MacroScope scope) {
        var segs = mac.path().segments();
        if (segs.size() == 1 || segs.size() == 2 && segs.get(0).ident().name().equals("crate")) {
            return scope.lookup(mac.name());
        }
        return null;
    }

    boolean isUser(MacroCall mac, MacroScope scope) {
        return resolve(mac, scope) != null;
    }

    /** Reports a call of a macro that is neither the standard library's nor in scope; true if it did. */
    boolean unknown(MacroCall mac, MacroScope scope) {
        if (mac.path().segments().size() != 1 || Definitions.STD.contains(mac.name()) || isUser(mac, scope)) {
            return false;
        }
        Span name = mac.path().span();
        Diagnostic.Builder b = Diagnostic.error("cannot find macro `" + mac.name() + "` in this scope");
        Item.MacroRules later = null;
        for (Item.MacroRules def : all) {
            if (def.name().name().equals(mac.name()) && def.span().file() == name.file() && def.span().lo() > name.lo()) {
                later = def;
                break;
            }
        }
        if (later != null) {
            b.primary(name, "consider moving the definition of `" + mac.name() + "` before this call")
                    .noteAt(later.name().span(), "a macro with the same name exists, but it appears later");
        } else {
            b.primary(name, "");
        }
        unresolved.add(b);
        return true;
    }

    /** {@code stringify!(..)} written directly in the code, as a string literal expression. */
    List<TokenTree> stringify(MacroCall mac) {
        return List.of(new TokenTree.Leaf(Stringify.literal(mac.tokens(), sources, mac.span())));
    }

    /** Reports what had to wait for the end of expansion. */
    void finish() {
        if (!stopped) {
            unresolved.forEach(diags::report);
        }
        unresolved.clear();
    }

    /** The tokens a call expands to, or null after reporting why there are none. */
    List<TokenTree> expand(MacroCall mac, MacroScope scope, int depth) {
        MacroDef def = resolve(mac, scope);
        if (depth >= LIMIT) {
            if (!stopped) {
                diags.report(Diagnostic.error("recursion limit reached while expanding `" + def.name() + "!`")
                        .primary(mac.span(), "")
                        .help("consider increasing the recursion limit by adding a `#![recursion_limit = \"256\"]` attribute"
                                + " to your crate (`" + crateName + "`)")
                        .note("this error originates in the macro `" + def.name()
                                + "` (in Nightly builds, run with -Z macro-backtrace for more info)"));
            }
            stopped = true;
            return null;
        }
        Matcher m = new Matcher();
        Span close = closeOf(mac);
        for (MacroDef.Rule rule : def.rules()) {
            Map<String, Binding> b = m.match(rule.matcher(), mac.tokens(), close);
            if (b != null) {
                return Transcriber.transcribe(rule.transcriber(), b, mac.span(), ++serial, sources, diags);
            }
        }
        noRule(def, mac, close, m.best());
        return null;
    }

    private void noRule(MacroDef def, MacroCall mac, Span close, Matcher.Failure f) {
        Diagnostic.Builder b;
        if (f == null || f.atEnd() || f.found() == null) {
            b = Diagnostic.error("unexpected end of macro invocation").primary(f == null ? close : f.at(),
                    "missing tokens in macro arguments");
        } else {
            b = Diagnostic.error("no rules expected " + f.found()).primary(f.at(), "no rules expected this token in macro call");
        }
        b.secondary(def.header(), "when calling this macro");
        if (f != null && f.expected() instanceof Pattern.M.Frag fr) {
            b.noteAt(fr.span(), "while trying to match meta-variable `$" + fr.name() + ":" + fr.kind() + "`");
        } else if (f != null && f.expected() instanceof Pattern.M.Tok t) {
            b.noteAt(t.span(), "while trying to match `" + t.token().text() + "`");
        } else if (f != null && f.expected() instanceof Pattern.M.Group g) {
            b.noteAt(g.span(), "while trying to match `" + g.delimiter().open() + "`");
        }
        diags.report(b);
    }

    private static boolean isPathToCrate(List<TokenTree> ts, int i) {
        return i + 1 < ts.size() && ts.get(i) instanceof TokenTree.Leaf l && l.token().isWord("crate")
                && MacroDef.isLeaf(ts.get(i + 1), TokenKind.PATH_SEP);
    }

    /** The call's closing delimiter: where rustc reports an invocation that ends too early. */
    private Span closeOf(MacroCall mac) {
        Span s = mac.span();
        int hi = s.hi();
        SourceFile f = s.isDummy() ? null : sources.file(s);
        if (f != null) {
            String text = f.text();
            while (hi > s.lo() && hi <= text.length() && (text.charAt(hi - 1) == ';' || Character.isWhitespace(text.charAt(hi - 1)))) {
                hi--;
            }
        }
        return new Span(s.file(), Math.max(s.lo(), hi - 1), Math.max(s.lo(), hi));
    }

    /**
     * User macro calls inside a built-in's arguments, expanded as tokens: each becomes a parenthesized group,
     * so it stays one expression in the argument list.
     */
    List<TokenTree> inTokens(List<TokenTree> ts, MacroScope scope, int depth) {
        List<TokenTree> out = null;
        for (int i = 0; i < ts.size(); i++) {
            TokenTree t = ts.get(i);
            TokenTree rep = t;
            int skip = 0;
            // `crate::name!(..)` (how a #[macro_export] macro may be named) is `name!(..)` here
            int at = isPathToCrate(ts, i) ? i + 2 : i;
            if (at + 2 < ts.size() && ts.get(at) instanceof TokenTree.Leaf l && l.token().is(TokenKind.IDENT)
                    && MacroDef.isLeaf(ts.get(at + 1), TokenKind.NOT) && ts.get(at + 2) instanceof TokenTree.Delimited d
                    && !(i > 0 && (MacroDef.isLeaf(ts.get(i - 1), TokenKind.DOT) || MacroDef.isLeaf(ts.get(i - 1), TokenKind.PATH_SEP)))
                    && scope.lookup(l.token().text()) != null) {
                Span callSpan = t.span().to(d.span());
                MacroCall call = new MacroCall(new dev.wasmrust.compiler.ast.Path(false, List.of(new dev.wasmrust.compiler.ast.PathSegment(
                        new dev.wasmrust.compiler.ast.Ident(l.token().text(), l.token().span()), null)), l.token().span()),
                        d.delimiter(), d.trees(), callSpan);
                List<TokenTree> toks = expand(call, scope, depth);
                List<TokenTree> inner = toks == null ? List.of() : inTokens(toks, scope, depth + 1);
                rep = new TokenTree.Delimited(TokenTree.Delimiter.PAREN, inner, callSpan.shrinkToLo(), callSpan.shrinkToHi());
                skip = at - i + 2;
            } else if (i + 2 < ts.size() && t instanceof TokenTree.Leaf l && l.token().isWord("stringify")
                    && MacroDef.isLeaf(ts.get(i + 1), TokenKind.NOT) && ts.get(i + 2) instanceof TokenTree.Delimited d) {
                rep = new TokenTree.Leaf(Stringify.literal(d.trees(), sources, t.span().to(d.span())));
                skip = 2;
            } else if (t instanceof TokenTree.Delimited d) {
                List<TokenTree> inner = inTokens(d.trees(), scope, depth);
                if (inner != d.trees()) {
                    rep = new TokenTree.Delimited(d.delimiter(), inner, d.open(), d.close());
                }
            }
            if (rep != t && out == null) {
                out = new ArrayList<>(ts.subList(0, i));
            }
            if (out != null) {
                out.add(rep);
            }
            i += skip;
        }
        return out == null ? ts : out;
    }
}
