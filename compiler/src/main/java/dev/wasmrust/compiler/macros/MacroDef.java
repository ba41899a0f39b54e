package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.TokenTree;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One {@code macro_rules!} definition, compiled: its rules as matcher and transcriber trees.
 * {@code header} is {@code macro_rules! name}, where rustc says "when calling this macro".
 */
record MacroDef(String name, Span nameSpan, Span header, List<Rule> rules) {
    public MacroDef {
        rules = List.copyOf(rules);
    }

    /** {@code (matcher) => {transcriber}}. */
    record Rule(List<Pattern.M> matcher, List<Pattern.T> transcriber) {
        public Rule {
            matcher = List.copyOf(matcher);
            transcriber = List.copyOf(transcriber);
        }
    }

    static final Set<String> FRAGMENTS = Set.of("ident", "block", "stmt", "expr", "expr_2021", "pat", "pat_param", "ty",
            "lifetime", "literal", "path", "meta", "tt", "item", "vis");

    /** Compiles a definition; null (after reporting) when its rules are malformed. */
    static MacroDef compile(Item.MacroRules def, Diagnostics diags) {
        Span header = new Span(def.span().file(), def.span().lo(), Math.max(def.span().lo(), def.name().span().hi()));
        List<Rule> rules = new ArrayList<>();
        List<TokenTree> body = def.body().trees();
        int i = 0;
        boolean ok = true;
        while (i < body.size()) {
            if (!(body.get(i) instanceof TokenTree.Delimited lhs)) {
                diags.report(Diagnostic.error("expected macro matcher, found " + describe(body.get(i))).primary(body.get(i).span()));
                return null;
            }
            if (i + 2 >= body.size() || !isLeaf(body.get(i + 1), TokenKind.FAT_ARROW)
                    || !(body.get(i + 2) instanceof TokenTree.Delimited rhs)) {
                Span at = i + 1 < body.size() ? body.get(i + 1).span() : def.body().close();
                diags.report(Diagnostic.error("expected `=>` and a macro transcriber after the matcher").primary(at));
                return null;
            }
            List<Pattern.M> m = Pattern.matcher(lhs.trees(), diags);
            List<Pattern.T> t = Pattern.transcriber(rhs.trees());
            if (m == null) {
                ok = false;
            } else {
                rules.add(new Rule(m, t));
            }
            i += 3;
            if (i < body.size()) {
                if (!isLeaf(body.get(i), TokenKind.SEMI)) {
                    diags.report(Diagnostic.error("expected `;`, found " + describe(body.get(i))).primary(body.get(i).span()));
                    return null;
                }
                i++;
            }
        }
        if (!ok) {
            return null;
        }
        if (rules.isEmpty()) {
            // rustc accepts `macro_rules! m {}`, and every call of it fails to match
            return new MacroDef(def.name().name(), def.name().span(), header, List.of());
        }
        return new MacroDef(def.name().name(), def.name().span(), header, rules);
    }

    static boolean isLeaf(TokenTree t, TokenKind kind) {
        return t instanceof TokenTree.Leaf l && l.token().is(kind);
    }

    static String describe(TokenTree t) {
        if (t instanceof TokenTree.Leaf l) {
            Token tok = l.token();
            return "`" + tok.text() + "`";
        }
        return "`" + ((TokenTree.Delimited) t).delimiter().open() + "`";
    }
}
