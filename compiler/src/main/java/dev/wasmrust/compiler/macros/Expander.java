package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Attr;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.MacroCall;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.Fragments;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a crate in source order, keeping the textual macro scope, and replaces each call of a user macro by
 * its expansion parsed in the call's position: an expression, statements (a statement or a block's tail),
 * items, or a pattern. An expansion is walked again, one level deeper, so macros may call macros.
 */
final class Expander {
    /** Statements and trailing expression of a block or cell. */
    record Body(List<Stmt> stmts, Expr tail) {}

    /** The scope while walking a sequence of items or statements: definitions extend it for what follows. */
    private static final class ScopeRef {
        MacroScope scope;

        ScopeRef(MacroScope scope) {
            this.scope = scope;
        }
    }

    private final Diagnostics diags;
    private final Invocations calls;
    private final boolean hasDefinitions;
    private final boolean keepTopDefinitions;

    Expander(SourceMap sources, Diagnostics diags, String crateName, List<Item.MacroRules> all, boolean keepTopDefinitions) {
        this.diags = diags;
        this.calls = new Invocations(sources, diags, crateName, all);
        this.hasDefinitions = !all.isEmpty();
        this.keepTopDefinitions = keepTopDefinitions;
    }

    boolean hasDefinitions() {
        return hasDefinitions;
    }

    List<Item> crateItems(List<Item> items) {
        List<Item> out = new ArrayList<>();
        items(items, new ScopeRef(MacroScope.EMPTY), 0, out);
        calls.finish();
        return out;
    }

    Body cellBody(List<Stmt> stmts, Expr tail, MacroScope scope) {
        List<Stmt> out = new ArrayList<>();
        ScopeRef ref = new ScopeRef(scope);
        for (Stmt s : stmts) {
            if (keepTopDefinitions && MacroExpansion.isDefinitionStmt(s)) {
                define((Item.MacroRules) ((Stmt.ItemStmt) s).item(), ref);
                out.add(s);
            } else {
                stmt(s, ref, 0, out);
            }
        }
        Expr t = tail(tail, ref, 0, out);
        calls.finish();
        return new Body(out, t);
    }

    // ---- items ----

    private void define(Item.MacroRules def, ScopeRef ref) {
        MacroDef d = MacroDef.compile(def, diags);
        if (d != null) {
            ref.scope = ref.scope.with(d);
        }
    }

    private void items(List<Item> items, ScopeRef ref, int depth, List<Item> out) {
        for (Item it : items) {
            if (calls.stopped()) {
                return;
            }
            if (it instanceof Item.MacroRules def) {
                define(def, ref);
            } else if (it instanceof Item.MacroItem mi && calls.isUser(mi.mac(), ref.scope)) {
                List<dev.wasmrust.compiler.ast.TokenTree> toks = calls.expand(mi.mac(), ref.scope, depth);
                if (toks != null) {
                    items(Fragments.parseItems(toks, mi.mac().span().shrinkToHi(), diags), ref, depth + 1, out);
                }
            } else if (it instanceof Item.MacroItem mi && calls.unknown(mi.mac(), ref.scope)) {
                // reported
            } else {
                out.add(item(it, ref, depth));
            }
        }
    }

    private Item item(Item it, ScopeRef ref, int depth) {
        MacroScope scope = ref.scope;
        if (it instanceof Item.Fn f) {
            return f.body() == null ? f : new Item.Fn(f.attrs(), f.vis(), f.sig(), f.name(), f.generics(), f.selfParam(),
                    f.params(), f.ret(), block(f.body(), scope, depth), f.span());
        }
        if (it instanceof Item.Impl im) {
            List<Item> inner = new ArrayList<>();
            items(im.items(), new ScopeRef(scope), depth, inner);
            return new Item.Impl(im.attrs(), im.vis(), im.isUnsafe(), im.generics(), im.negative(), im.trait(), im.selfTy(),
                    inner, im.span());
        }
        if (it instanceof Item.Trait tr) {
            List<Item> inner = new ArrayList<>();
            items(tr.items(), new ScopeRef(scope), depth, inner);
            return new Item.Trait(tr.attrs(), tr.vis(), tr.isUnsafe(), tr.isAuto(), tr.name(), tr.generics(), tr.supertraits(),
                    inner, tr.span());
        }
        if (it instanceof Item.Mod m) {
            ScopeRef inner = new ScopeRef(scope);
            List<Item> out = new ArrayList<>();
            items(m.items(), inner, depth, out);
            if (hasAttr(m.attrs(), "macro_use")) {
                // `#[macro_use] mod m { .. }`: its macros stay in scope after it
                ref.scope = inner.scope;
            }
            return new Item.Mod(m.attrs(), m.vis(), m.isUnsafe(), m.name(), m.inline(), m.loaded(), m.file(), m.innerAttrs(),
                    out, m.span());
        }
        if (it instanceof Item.Const c && c.value() != null) {
            return new Item.Const(c.attrs(), c.vis(), c.name(), c.generics(), c.ty(), expr(c.value(), scope, depth), c.span());
        }
        if (it instanceof Item.Static s && s.value() != null) {
            return new Item.Static(s.attrs(), s.vis(), s.mutability(), s.name(), s.ty(), expr(s.value(), scope, depth), s.span());
        }
        return it;
    }

    private static boolean hasAttr(List<Attr> attrs, String name) {
        for (Attr a : attrs) {
            if (a.path() != null && a.path().segments().size() == 1 && a.path().last().ident().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    // ---- blocks and statements ----

    private Block block(Block b, MacroScope scope, int depth) {
        if (b == null) {
            return null;
        }
        ScopeRef ref = new ScopeRef(scope);
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : b.stmts()) {
            stmt(s, ref, depth, out);
        }
        Expr tail = tail(b.tail(), ref, depth, out);
        return new Block(out, tail, b.span());
    }

    private void stmt(Stmt s, ScopeRef ref, int depth, List<Stmt> out) {
        if (calls.stopped()) {
            return;
        }
        if (s instanceof Stmt.Let l) {
            MacroScope sc = ref.scope;
            out.add(new Stmt.Let(l.attrs(), pat(l.pat(), sc, depth), l.ty(), expr(l.init(), sc, depth),
                    block(l.elseBlock(), sc, depth), l.span()));
        } else if (s instanceof Stmt.ItemStmt is) {
            List<Item> items = new ArrayList<>();
            items(List.of(is.item()), ref, depth, items);
            for (Item it : items) {
                out.add(new Stmt.ItemStmt(it));
            }
        } else if (s instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.MacroCallExpr m && calls.isUser(m.mac(), ref.scope)) {
            Body body = statements(m.mac(), ref, depth);
            if (body != null) {
                out.addAll(body.stmts());
                if (body.tail() != null) {
                    out.add(new Stmt.ExprStmt(body.tail(), true, body.tail().span()));
                }
            }
        } else if (s instanceof Stmt.ExprStmt es) {
            out.add(new Stmt.ExprStmt(expr(es.expr(), ref.scope, depth), es.semi(), es.span()));
        } else {
            out.add(s);
        }
    }

    /** A block's trailing expression: a macro call there is in expression position, as rustc has it. */
    private Expr tail(Expr tail, ScopeRef ref, int depth, List<Stmt> out) {
        return expr(tail, ref.scope, depth);
    }

    /** A call in statement position: its expansion as statements, expanded further in the enclosing scope. */
    private Body statements(MacroCall mac, ScopeRef ref, int depth) {
        List<dev.wasmrust.compiler.ast.TokenTree> toks = calls.expand(mac, ref.scope, depth);
        if (toks == null) {
            return null;
        }
        Fragments.Stmts parsed = Fragments.parseStmts(toks, mac.span().shrinkToHi(), diags);
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : parsed.stmts()) {
            stmt(s, ref, depth + 1, out);
        }
        // statements of a statement macro may end in an expression: it is one more statement
        Expr tail = expr(parsed.tail(), ref.scope, depth + 1);
        return new Body(out, tail);
    }

    // ---- expressions ----

    private List<Expr> exprs(List<Expr> es, MacroScope s, int d) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(expr(e, s, d));
        }
        return out;
    }

    Expr expr(Expr e, MacroScope s, int d) {
        if (e == null || calls.stopped()) {
            return e;
        }
        return ExprWalk.walk(e, this, s, d);
    }

    /** A macro call in expression position. */
    Expr macroExpr(Expr.MacroCallExpr m, MacroScope s, int d) {
        if (calls.isUser(m.mac(), s)) {
            List<dev.wasmrust.compiler.ast.TokenTree> toks = calls.expand(m.mac(), s, d);
            if (toks == null) {
                return new Expr.Error(m.attrs(), m.span());
            }
            return expr(Fragments.parseExpr(toks, m.mac().span().shrinkToHi(), diags), s, d + 1);
        }
        if (calls.unknown(m.mac(), s)) {
            return new Expr.Error(m.attrs(), m.span());
        }
        if (m.mac().path().segments().size() == 1 && m.mac().name().equals("stringify")) {
            return Fragments.parseExpr(calls.stringify(m.mac()), m.mac().span().shrinkToHi(), diags);
        }
        // a built-in: its arguments are parsed by the type checker, so user macros in them are expanded now
        MacroCall mac = m.mac();
        return new Expr.MacroCallExpr(m.attrs(), new MacroCall(mac.path(), mac.delimiter(), calls.inTokens(mac.tokens(), s, d),
                mac.span()), m.span());
    }

    Block blockOf(Block b, MacroScope s, int d) {
        return block(b, s, d);
    }

    List<Expr> exprsOf(List<Expr> es, MacroScope s, int d) {
        return exprs(es, s, d);
    }

    // ---- patterns ----

    Pat pat(Pat p, MacroScope s, int d) {
        if (p == null || calls.stopped()) {
            return p;
        }
        if (p instanceof Pat.MacroPat mp && calls.isUser(mp.mac(), s)) {
            List<dev.wasmrust.compiler.ast.TokenTree> toks = calls.expand(mp.mac(), s, d);
            if (toks == null) {
                return new Pat.Error(mp.span());
            }
            return pat(Fragments.parsePat(toks, mp.mac().span().shrinkToHi(), diags), s, d + 1);
        }
        return PatWalk.walk(p, this, s, d);
    }
}
