package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.Block;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Lifetime;
import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.Stmt;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.resolve.ItemScope;
import dev.wasmrust.compiler.resolve.Resolver;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.thir.TStmt;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types phase's entry point: checks every function of a crate and produces the typed program.
 * Bidirectional checking with an expected type flowing inwards; integer literals get inference
 * variables that unify across statements and default to {@code i32}.
 */
public final class TypeChecker {
    final Diagnostics diags;
    final SourceMap sources;
    private final List<TFunction> done = new ArrayList<>();
    /**
     * Errors rustc finds only after type checking (its borrow checker, e.g. E0384), for the function being
     * checked: reported only if the function type-checked cleanly, as rustc skips bodies with type errors.
     */
    private List<Diagnostic.Builder> afterTypeck = new ArrayList<>();
    private final Deque<Runnable> pendingFns = new ArrayDeque<>();
    private final Map<Item.Const, TExpr> constValues = new IdentityHashMap<>();
    private final Map<Item.Const, Boolean> constInProgress = new IdentityHashMap<>();
    private int nextLocal;
    private int nextLabel;
    private final MacroExpander macros;

    // per function
    Inference inf;
    private Type fnReturn;
    Scope scope;
    private String fnSymbol;
    private final Deque<LoopCtx> loops = new ArrayDeque<>();
    /** Immutable locals declared without a value (`let x;`): their first assignment initialises them. */
    private final java.util.Set<Integer> uninitialised = new java.util.HashSet<>();
    /** Lints whose "on by default" note was already shown: rustc shows it once per crate. */
    private final java.util.Set<String> lintNotesShown = new java.util.HashSet<>();

    private static final class LoopCtx {
        final String label;
        final int id;
        final boolean isLoop;
        final boolean isBlock;
        Type breakType;

        LoopCtx(String label, int id, boolean isLoop, boolean isBlock) {
            this.label = label;
            this.id = id;
            this.isLoop = isLoop;
            this.isBlock = isBlock;
        }
    }

    private TypeChecker(Diagnostics diags, SourceMap sources) {
        this.diags = diags;
        this.sources = sources;
        this.macros = new MacroExpander(this);
    }

    /** Checks a crate; {@code main} must exist (E0601). */
    public static TProgram check(Crate crate, ItemScope items, SourceMap sources, Diagnostics diags) {
        TypeChecker tc = new TypeChecker(diags, sources);
        Scope module = new Scope(null, true);
        tc.defineItems(module, items, "");
        Item.Fn main = items.functions().get("main");
        if (main == null) {
            String name = sources.file(crate.file()).name();
            String text = sources.file(crate.file()).text();
            // rustc points just past the last character, before a final newline
            int end = text.endsWith("\n") ? text.length() - 1 : text.length();
            diags.report(Diagnostic.error("E0601", "`main` function not found in crate `" + crateName(name) + "`")
                    .primary(new Span(crate.file(), end, end), "consider adding a `main` function to `" + name + "`"));
        } else if (!main.params().isEmpty() || main.ret() != null && !(main.ret() instanceof Ty.TupleTy t && t.elems().isEmpty())) {
            if (!main.params().isEmpty()) {
                diags.report(Diagnostic.error("E0580", "`main` function has wrong type")
                        .primary(main.span().to(main.name().span()), "incorrect number of function parameters")
                        .note("expected signature `fn()`"));
            } else {
                tc.unsupported(main.ret().span(), "`main` returning a value");
            }
        }
        tc.runPending();
        if (!diags.hasErrors()) {
            // rustc runs these lints on the checked program only, after type checking succeeded
            for (TFunction f : tc.done) {
                OverflowLint.check(f.body(), diags, tc.lintNotesShown);
            }
        }
        return new TProgram(tc.done, main == null ? null : "main");
    }

    private static String crateName(String file) {
        String n = file.substring(file.lastIndexOf('/') + 1);
        if (n.endsWith(".rs")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.replace('-', '_');
    }

    private void runPending() {
        while (!pendingFns.isEmpty()) {
            pendingFns.poll().run();
        }
    }

    private void defineItems(Scope s, ItemScope items, String prefix) {
        for (Map.Entry<String, Item.Fn> e : items.functions().entrySet()) {
            String symbol = prefix.isEmpty() ? e.getKey() : prefix + "::" + e.getKey();
            s.define(e.getKey(), new Scope.FnBinding(symbol, e.getValue()));
            Item.Fn fn = e.getValue();
            pendingFns.add(() -> checkFunction(symbol, fn, s));
        }
        for (Map.Entry<String, Item.Const> e : items.consts().entrySet()) {
            Scope.ConstBinding binding = new Scope.ConstBinding(e.getValue(), s);
            s.define(e.getKey(), binding);
            // like rustc, check every constant, used or not
            pendingFns.add(() -> constValue(binding, e.getValue().span()));
        }
    }

    // ---- functions ----

    private void checkFunction(String symbol, Item.Fn fn, Scope outer) {
        if (fn.body() == null) {
            diags.report(Diagnostic.error("free function without a body").primary(fn.span(), "")
                    .suggestion(fn.span().shrinkToHi(), "provide a definition for the function", " { <body> }"));
            return;
        }
        if (!fn.generics().isEmpty()) {
            unsupported(fn.generics().span(), "generic functions");
            return;
        }
        if (fn.sig().isAsync() || fn.sig().isConst() || fn.sig().isUnsafe() || fn.sig().abi() != null) {
            unsupported(fn.sig().span(), "`async`, `const`, `unsafe` and `extern` function qualifiers");
            return;
        }
        if (fn.selfParam() != null) {
            unsupported(fn.selfParam().span(), "`self` parameters outside `impl` blocks");
            return;
        }
        Inference saveInf = inf;
        Type saveRet = fnReturn;
        Scope saveScope = scope;
        String saveSym = fnSymbol;
        List<Diagnostic.Builder> saveAfter = afterTypeck;
        afterTypeck = new ArrayList<>();
        int errorsBefore = diags.errorCount();
        inf = new Inference();
        fnSymbol = symbol;
        loops.clear();
        scope = new Scope(outer, true);
        List<TLocal> params = new ArrayList<>();
        boolean ok = true;
        for (Item.Param p : fn.params()) {
            Type t = lowerTy(p.ty());
            if (t == null) {
                ok = false;
                continue;
            }
            TLocal local = bindPattern(p.pat(), t, p.pat().span());
            if (local == null) {
                ok = false;
                continue;
            }
            params.add(local);
        }
        Type ret = fn.ret() == null ? Type.UNIT : lowerTy(fn.ret());
        if (ret != null && ok) {
            fnReturn = ret;
            Span bodySpan = fn.body().span();
            TExpr body = checkBlock(fn.body(), ret, null);
            demand(body, ret, bodySpan, fn.ret() != null ? fn.ret().span() : null, "expected `" + ret
                    + "` because of return type");
            Zonker z = new Zonker(inf, diags, lintNotesShown);
            List<TLocal> zparams = params.stream().map(z::local).toList();
            TExpr checked = z.expr(body);
            done.add(new TFunction(symbol, zparams, ret, checked, fn.span()));
        }
        if (diags.errorCount() == errorsBefore) {
            afterTypeck.forEach(diags::report);
        }
        afterTypeck = saveAfter;
        inf = saveInf;
        fnReturn = saveRet;
        scope = saveScope;
        fnSymbol = saveSym;
    }

    /** Binds a parameter or `let` pattern: an identifier (possibly `mut`) or `_`; returns the local or null. */
    private TLocal bindPattern(Pat pat, Type t, Span declSpan) {
        if (pat instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef()) {
            TLocal local = new TLocal(nextLocal++, ip.name().name(), t, ip.mutability().isMut());
            scope.define(ip.name().name(), new Scope.LocalBinding(local, declSpan, ip.name().span()));
            return local;
        }
        if (pat instanceof Pat.Wild) {
            return new TLocal(nextLocal++, "_", t, false);
        }
        if (pat instanceof Pat.ParenPat pp) {
            return bindPattern(pp.inner(), t, declSpan);
        }
        if (!(pat instanceof Pat.Error)) {
            unsupported(pat.span(), "this kind of pattern");
        }
        return null;
    }

    // ---- types written in source ----

    Type lowerTy(Ty ty) {
        if (ty instanceof Ty.PathTy p && p.qself() == null && p.path().isSimple()) {
            String n = p.path().segments().get(0).ident().name();
            IntKind k = IntKind.ofName(n);
            if (k != null) {
                return Type.of(k);
            }
            switch (n) {
                case "bool" -> {
                    return Type.BOOL;
                }
                case "char" -> {
                    return Type.CHAR;
                }
                case "f32", "f64", "String", "Vec", "Box", "Option", "Result", "str", "Self" -> {
                    unsupported(ty.span(), "the type `" + n + "`");
                    return null;
                }
                default -> {
                    diags.report(Diagnostic.error("E0412", "cannot find type `" + n + "` in this scope")
                            .primary(ty.span(), "not found in this scope"));
                    return null;
                }
            }
        } else if (ty instanceof Ty.TupleTy t && t.elems().isEmpty()) {
            return Type.UNIT;
        } else if (ty instanceof Ty.NeverTy n) {
            return Type.NEVER;
        } else if (ty instanceof Ty.ParenTy p) {
            return lowerTy(p.inner());
        } else if (ty instanceof Ty.RefTy r && r.mutability() == dev.wasmrust.compiler.ast.Mutability.NOT
                && r.inner() instanceof Ty.PathTy pt && pt.path().isSimple()
                && pt.path().segments().get(0).ident().name().equals("str")) {
            return Type.STR;
        } else if (ty instanceof Ty.Error e) {
            return null;
        } else {
            unsupported(ty.span(), "this type");
            return null;
        }
    }

    // ---- diagnostics helpers ----

    void unsupported(Span span, String what) {
        diags.report(Diagnostic.error(what + " " + (what.endsWith("s") && !what.endsWith("ss") ? "are" : "is")
                + " not supported yet").primary(span, "not supported yet")
                .note("WasmRust compiles a growing subset of Rust; see README.md for what works today"));
    }

    String show(Type t) {
        Type s = inf.shallow(t);
        return s.toString();
    }

    /**
     * Requires {@code e} to have type {@code expected}; reports E0308 at {@code span} otherwise. {@code because}
     * is the span of what set the expectation (a type annotation, a return type), labelled with {@code why}.
     */
    TExpr demand(TExpr e, Type expected, Span span, Span because, String why) {
        if (expected == null) {
            return e;
        }
        Type actual = e.type();
        if (actual instanceof Type.Never || expected instanceof Type.Never && actual instanceof Type.Never) {
            return e;
        }
        if (!inf.unify(actual, expected)) {
            Span at = blameSpan(e, span);
            Diagnostic.Builder b = Diagnostic.error("E0308", "mismatched types")
                    .primary(at, "expected `" + show(expected) + "`, found " + describeFound(actual));
            if (because != null) {
                b.secondary(because, why);
            }
            diags.report(b);
        }
        return e;
    }

    private String describeFound(Type t) {
        Type s = inf.shallow(t);
        return s instanceof Type.IntVar ? "integer" : "`" + s + "`";
    }

    /** For a block, blame its tail (or the whole block when it has none), like rustc. */
    private static Span blameSpan(TExpr e, Span fallback) {
        if (e instanceof TExpr.Block b && b.tail() != null) {
            return blameSpan(b.tail(), b.tail().span());
        }
        return e.span() != null ? e.span() : fallback;
    }

    // ---- blocks and statements ----

    TExpr checkBlock(Block block, Type expected, Lifetime label) {
        Scope saved = scope;
        scope = new Scope(scope, false);
        List<Item> items = new ArrayList<>();
        for (Stmt s : block.stmts()) {
            if (s instanceof Stmt.ItemStmt is) {
                items.add(is.item());
            }
        }
        if (!items.isEmpty()) {
            defineItems(scope, Resolver.collect(items, diags), fnSymbol);
        }
        List<TStmt> stmts = new ArrayList<>();
        boolean diverges = false;
        for (Stmt s : block.stmts()) {
            if (s instanceof Stmt.Let let) {
                TStmt ts = checkLet(let);
                if (ts != null) {
                    stmts.add(ts);
                    if (ts instanceof TStmt.Let l && l.init() != null && l.init().type() instanceof Type.Never) {
                        diverges = true;
                    }
                }
            } else if (s instanceof Stmt.ExprStmt es) {
                // a block-like expression statement without `;` must have type `()`
                TExpr e = check(es.expr(), es.semi() ? null : Type.UNIT);
                if (!es.semi()) {
                    demand(e, Type.UNIT, es.expr().span(), null, null);
                }
                if (e.type() instanceof Type.Never) {
                    diverges = true;
                }
                stmts.add(new TStmt.ExprStmt(e));
            } else if (s instanceof Stmt.ItemStmt is) {
                // collected above
            } else if (s instanceof Stmt.Empty em) {
            }
        }
        TExpr tail = block.tail() == null ? null : check(block.tail(), expected);
        scope = saved;
        Type t;
        if (tail != null) {
            t = tail.type();
        } else {
            t = diverges ? Type.NEVER : Type.UNIT;
        }
        return new TExpr.Block(stmts, tail, t, block.span());
    }

    private TStmt checkLet(Stmt.Let let) {
        if (let.elseBlock() != null) {
            unsupported(let.span(), "`let ... else`");
            return null;
        }
        Type declared = null;
        if (let.ty() != null) {
            declared = lowerTy(let.ty());
            if (declared == null) {
                declared = Type.ERROR;
            }
        }
        TExpr init = null;
        Type t = declared;
        if (let.init() != null) {
            init = check(let.init(), declared);
            if (declared != null) {
                demand(init, declared, let.init().span(), let.ty().span(), "expected due to this");
            } else {
                t = init.type() instanceof Type.Never ? Type.UNIT : init.type();
            }
        }
        if (t == null) {
            // an unannotated, uninitialised binding (`let x;`): an integer settled by later assignments
            t = inf.fresh();
        }
        if (t instanceof Type.Str && !(init instanceof TExpr.StrConst)) {
            unsupported(let.span(), "`&str` values other than string literals");
        }
        TLocal local = bindPattern(let.pat(), t, let.pat().span());
        if (local != null && init == null) {
            uninitialised.add(local.id());
        }
        if (local == null) {
            return init == null ? null : new TStmt.ExprStmt(init);
        }
        return new TStmt.Let(local, init);
    }

    // ---- expressions ----

    TExpr check(Expr e, Type expected) {
        if (e instanceof Expr.LitExpr l) {
            return checkLit(l.lit(), expected, false);
        } else if (e instanceof Expr.Paren p) {
            // rustc drops parentheses but keeps their span: a panic in `(a - b)` is located at the `(`
            return respan(check(p.inner(), expected), p.span());
        } else if (e instanceof Expr.PathExpr p) {
            return checkPath(p, expected);
        } else if (e instanceof Expr.Unary u) {
            return checkUnary(u, expected);
        } else if (e instanceof Expr.Binary b) {
            return checkBinary(b, expected);
        } else if (e instanceof Expr.Cast c) {
            return checkCast(c);
        } else if (e instanceof Expr.Assign a) {
            return checkAssign(a);
        } else if (e instanceof Expr.AssignOp a) {
            return checkAssignOp(a);
        } else if (e instanceof Expr.Call c) {
            return checkCall(c, expected);
        } else if (e instanceof Expr.If i) {
            return checkIf(i, expected);
        } else if (e instanceof Expr.BlockExpr b) {
            if (b.kind() != Expr.BlockKind.PLAIN) {
                unsupported(b.span(), b.kind() == Expr.BlockKind.UNSAFE ? "`unsafe` blocks" : "`const` blocks");
                return new TExpr.UnitConst(b.span());
            }
            if (b.label() != null) {
                LoopCtx ctx = new LoopCtx(b.label().name(), nextLabel++, false, true);
                ctx.breakType = expected;
                loops.push(ctx);
                TExpr body = checkBlock(b.block(), expected, b.label());
                loops.pop();
                Type t = body.type();
                if (ctx.breakType != null && !(body.type() instanceof Type.Never)) {
                    demand(body, ctx.breakType, b.span(), null, null);
                }
                if (t instanceof Type.Never && ctx.breakType != null) {
                    t = ctx.breakType;
                }
                return new TExpr.LabeledBlock(ctx.id, body, t, b.span());
            }
            return checkBlock(b.block(), expected, null);
        } else if (e instanceof Expr.Loop l) {
            LoopCtx ctx = new LoopCtx(labelName(l.label()), nextLabel++, true, false);
            loops.push(ctx);
            TExpr body = checkBlock(l.body(), Type.UNIT, null);
            demand(body, Type.UNIT, l.body().span(), null, null);
            loops.pop();
            Type t = ctx.breakType == null ? Type.NEVER : ctx.breakType;
            return new TExpr.Loop(ctx.id, body, t, l.span());
        } else if (e instanceof Expr.While w) {
            if (containsLet(w.cond())) {
                unsupported(w.cond().span(), "`while let`");
                return new TExpr.UnitConst(w.span());
            }
            TExpr cond = check(w.cond(), Type.BOOL);
            demand(cond, Type.BOOL, w.cond().span(), null, null);
            LoopCtx ctx = new LoopCtx(labelName(w.label()), nextLabel++, false, false);
            loops.push(ctx);
            TExpr body = checkBlock(w.body(), Type.UNIT, null);
            demand(body, Type.UNIT, w.body().span(), null, null);
            loops.pop();
            return new TExpr.While(ctx.id, cond, body, w.span());
        } else if (e instanceof Expr.ForLoop f) {
            return checkFor(f);
        } else if (e instanceof Expr.Break b) {
            return checkBreak(b);
        } else if (e instanceof Expr.Continue c) {
            LoopCtx target = findLoop(c.label(), c.span(), "continue");
            if (target == null) {
                return new TExpr.UnitConst(c.span());
            }
            return new TExpr.Continue(target.id, c.span());
        } else if (e instanceof Expr.Return r) {
            if (fnReturn == null) {
                unsupported(r.span(), "`return` outside a function");
                return new TExpr.UnitConst(r.span());
            }
            TExpr v = r.value() == null ? null : check(r.value(), fnReturn);
            if (v != null) {
                demand(v, fnReturn, r.value().span(), null, null);
            } else if (!inf.unify(Type.UNIT, fnReturn)) {
                diags.report(Diagnostic.error("E0069", "`return;` in a function whose return type is not `()`")
                        .primary(r.span(), "return type is not `()`"));
            }
            return new TExpr.Return(v, r.span());
        } else if (e instanceof Expr.MacroCallExpr m) {
            return macros.expand(m.mac(), expected);
        } else if (e instanceof Expr.Tuple t && t.elems().isEmpty()) {
            return new TExpr.UnitConst(t.span());
        } else if (e instanceof Expr.Error err) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, err.span());
        } else {
            unsupported(e.span(), describeExpr(e));
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, e.span());
        }
    }

    private static String describeExpr(Expr e) {
        if (e instanceof Expr.MethodCall m) {
            return "method calls";
        }
        if (e instanceof Expr.Field f) {
            return "field access";
        }
        if (e instanceof Expr.TupleField f) {
            return "tuple fields";
        }
        if (e instanceof Expr.Index i) {
            return "indexing";
        }
        if (e instanceof Expr.Range r) {
            return "ranges outside `for` loops";
        }
        if (e instanceof Expr.AddrOf a) {
            return "references";
        }
        if (e instanceof Expr.Match m) {
            return "`match` expressions";
        }
        if (e instanceof Expr.Closure c) {
            return "closures";
        }
        if (e instanceof Expr.Try t) {
            return "the `?` operator";
        }
        if (e instanceof Expr.Tuple t) {
            return "tuples";
        }
        if (e instanceof Expr.Array a) {
            return "arrays";
        }
        if (e instanceof Expr.Repeat r) {
            return "arrays";
        }
        if (e instanceof Expr.StructLit s) {
            return "struct literals";
        }
        if (e instanceof Expr.AsyncBlock a) {
            return "`async` blocks";
        }
        if (e instanceof Expr.Await a) {
            return "`.await`";
        }
        if (e instanceof Expr.Let l) {
            return "`let` in conditions";
        }
        return "this expression";
    }

    private static boolean containsLet(Expr e) {
        if (e instanceof Expr.Let) {
            return true;
        }
        if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            return containsLet(b.lhs()) || containsLet(b.rhs());
        }
        return false;
    }

    private static String labelName(Lifetime l) {
        return l == null ? null : l.name();
    }

    private LoopCtx findLoop(Lifetime label, Span span, String what) {
        if (label == null) {
            for (LoopCtx c : loops) {
                if (!c.isBlock) {
                    return c;
                }
            }
            if (!loops.isEmpty()) {
                diags.report(Diagnostic.error("E0695", "unlabeled `" + what + "` inside of a labeled block")
                        .primary(span, "`" + what + "` statements that would diverge to or through a labeled block need to bear a label"));
                return null;
            }
            String where = what.equals("break") ? "a loop or labeled block" : "a loop";
            diags.report(Diagnostic.error("E0268", "`" + what + "` outside of " + where)
                    .primary(span, "cannot `" + what + "` outside of " + where));
            return null;
        }
        for (LoopCtx c : loops) {
            if (label.name().equals(c.label)) {
                if (c.isBlock && what.equals("continue")) {
                    diags.report(Diagnostic.error("E0696", "`continue` pointing to a labeled block")
                            .primary(span, "labeled blocks cannot be `continue`'d"));
                    return null;
                }
                return c;
            }
        }
        diags.report(Diagnostic.error("E0426", "use of undeclared label `" + label.name() + "`")
                .primary(label.span(), "undeclared label `" + label.name() + "`"));
        return null;
    }

    private TExpr checkBreak(Expr.Break b) {
        LoopCtx target = findLoop(b.label(), b.span(), "break");
        if (target == null) {
            return new TExpr.UnitConst(b.span());
        }
        TExpr v = null;
        if (b.value() != null) {
            if (!target.isLoop && !target.isBlock) {
                diags.report(Diagnostic.error("E0571", "`break` with value from a `while` or `for` loop")
                        .primary(b.span(), "can only break with a value inside `loop` or breakable block"));
                return new TExpr.Break(target.id, null, b.span());
            }
            v = check(b.value(), target.breakType);
            if (target.breakType == null) {
                target.breakType = v.type();
            } else {
                demand(v, target.breakType, b.value().span(), null, null);
            }
        } else if (target.isLoop || target.isBlock) {
            if (target.breakType == null) {
                target.breakType = Type.UNIT;
            } else if (!inf.unify(target.breakType, Type.UNIT)) {
                diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(b.span(), "expected `" + show(target.breakType) + "`, found `()`"));
            }
        }
        return new TExpr.Break(target.id, v, b.span());
    }

    private TExpr checkFor(Expr.ForLoop f) {
        if (!(f.iter() instanceof Expr.Range r) || r.lo() == null || r.hi() == null) {
            unsupported(f.iter().span(), "iterating over anything but an integer range `a..b` or `a..=b`");
            return new TExpr.UnitConst(f.span());
        }
        TExpr lo = check(r.lo(), null);
        TExpr hi = check(r.hi(), lo.type());
        demand(hi, lo.type(), r.hi().span(), null, null);
        if (!inf.isInteger(lo.type()) && !(inf.shallow(lo.type()) instanceof Type.Error)) {
            unsupported(r.span(), "ranges of `" + show(lo.type()) + "`");
            return new TExpr.UnitConst(f.span());
        }
        Scope saved = scope;
        scope = new Scope(scope, false);
        TLocal var = bindPattern(f.pat(), lo.type(), f.pat().span());
        LoopCtx ctx = new LoopCtx(labelName(f.label()), nextLabel++, false, false);
        loops.push(ctx);
        TExpr body = checkBlock(f.body(), Type.UNIT, null);
        demand(body, Type.UNIT, f.body().span(), null, null);
        loops.pop();
        scope = saved;
        if (var == null) {
            return new TExpr.UnitConst(f.span());
        }
        return new TExpr.ForRange(ctx.id, var, lo, hi, r.inclusive(), body, f.span());
    }

    TExpr checkLit(Lit lit, Type expected, boolean negated) {
        if (lit instanceof Lit.Int i) {
            Type t;
            if (i.suffix() != null) {
                IntKind k = IntKind.ofName(i.suffix());
                if (k == null) {
                    unsupported(i.span(), "floating-point numbers");
                    return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, i.span());
                }
                t = Type.of(k);
            } else {
                t = inf.fresh();
                if (expected != null && inf.isInteger(expected)) {
                    inf.unify(t, expected);
                }
            }
            return new TExpr.IntConst(i.value(), t, true, i.span());
        } else if (lit instanceof Lit.Bool b) {
            return new TExpr.BoolConst(b.value(), b.span());
        } else if (lit instanceof Lit.Char c) {
            return new TExpr.CharConst(c.codePoint(), c.span());
        } else if (lit instanceof Lit.Byte b) {
            return new TExpr.IntConst(BigInteger.valueOf(b.value()), Type.of(IntKind.U8), true, b.span());
        } else if (lit instanceof Lit.Str s) {
            return new TExpr.StrConst(s.value(), s.span());
        } else if (lit instanceof Lit.Float f) {
            unsupported(f.span(), "floating-point numbers");
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, f.span());
        } else if (lit instanceof Lit.Error err) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, err.span());
        } else {
            unsupported(lit.span(), "byte strings and C strings");
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, lit.span());
        }
    }

    private TExpr checkPath(Expr.PathExpr p, Type expected) {
        Path path = p.path();
        if (p.qself() == null && path.segments().size() == 2 && !path.global()) {
            String ty = path.segments().get(0).ident().name();
            String item = path.segments().get(1).ident().name();
            IntKind k = IntKind.ofName(ty);
            if (k != null) {
                switch (item) {
                    case "MAX" -> {
                        return new TExpr.IntConst(k.max(), Type.of(k), p.span());
                    }
                    case "MIN" -> {
                        return new TExpr.IntConst(k.min(), Type.of(k), p.span());
                    }
                    case "BITS" -> {
                        return new TExpr.IntConst(BigInteger.valueOf(k.bits()), Type.of(IntKind.U32), p.span());
                    }
                    default -> {
                        diags.report(Diagnostic.error("E0599", "no associated item named `" + item + "` found for type `"
                                + ty + "` in the current scope").primary(path.segments().get(1).ident().span(),
                                "associated item not found in `" + ty + "`"));
                        return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
                    }
                }
            }
        }
        if (p.qself() != null || !path.isSimple()) {
            unsupported(p.span(), "paths to items other than local functions and constants");
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
        }
        String name = path.segments().get(0).ident().name();
        Scope.Found found = scope.lookup(name);
        if (found == null) {
            reportUnresolvedValue(name, p.span());
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
        }
        if (found.binding() instanceof Scope.LocalBinding lb) {
            if (found.crossedFn()) {
                diags.report(Diagnostic.error("E0434", "can't capture dynamic environment in a fn item")
                        .primary(p.span(), "")
                        .help("use the `|| { ... }` closure form instead"));
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
            }
            return new TExpr.LocalRef(lb.local(), lb.local().type(), p.span());
        } else if (found.binding() instanceof Scope.ConstBinding cb) {
            return constValue(cb, p.span());
        }
        unsupported(p.span(), "functions used as values");
        return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, p.span());
    }

    void reportUnresolvedValue(String name, Span span) {
        Diagnostic.Builder b = Diagnostic.error("E0425", "cannot find value `" + name + "` in this scope")
                .primary(span, "not found in this scope");
        String similar = Similarity.closest(name, scope.visibleLocalNames());
        if (similar != null) {
            b = Diagnostic.error("E0425", "cannot find value `" + name + "` in this scope")
                    .primary(span, "help: a local variable with a similar name exists: `" + similar + "`");
        }
        diags.report(b);
    }

    /** A constant's value, checked once in the scope that defines it and inlined at each use. */
    private TExpr constValue(Scope.ConstBinding cb, Span use) {
        Item.Const c = cb.item();
        TExpr v = constValues.get(c);
        if (v == null) {
            if (constInProgress.containsKey(c)) {
                diags.report(Diagnostic.error("E0391", "cycle detected when evaluating `" + c.name().name() + "`")
                        .primary(c.span(), ""));
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, use);
            }
            constInProgress.put(c, true);
            Inference saveInf = inf;
            Scope saveScope = scope;
            Deque<LoopCtx> saveLoops = new ArrayDeque<>(loops);
            Type saveRet = fnReturn;
            inf = new Inference();
            scope = new Scope(cb.definedIn(), true);
            loops.clear();
            fnReturn = null;
            Type t = lowerTy(c.ty());
            if (t == null || c.value() == null) {
                v = new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
            } else {
                TExpr init = check(c.value(), t);
                demand(init, t, c.value().span(), c.ty().span(), "expected due to this");
                v = new Zonker(inf, diags, lintNotesShown).expr(init);
            }
            inf = saveInf;
            scope = saveScope;
            loops.clear();
            loops.addAll(saveLoops);
            fnReturn = saveRet;
            constValues.put(c, v);
            constInProgress.remove(c);
        }
        return v;
    }

    private TExpr checkUnary(Expr.Unary u, Type expected) {
        switch (u.op()) {
            case NEG -> {
                if (u.operand() instanceof Expr.LitExpr l && l.lit() instanceof Lit.Int) {
                    TExpr lit = checkLit(l.lit(), expected, true);
                    return new TExpr.Unary(UnOp.NEG, lit, lit.type(), u.span());
                }
                TExpr x = check(u.operand(), expected);
                Type t = inf.shallow(x.type());
                if (t instanceof Type.Int i && !i.kind().signed()) {
                    diags.report(Diagnostic.error("E0600", "cannot apply unary operator `-` to type `" + t + "`")
                            .primary(u.span(), "cannot apply unary operator `-`")
                            .note("unsigned values cannot be negated"));
                } else if (!inf.isInteger(t) && !(t instanceof Type.Error)) {
                    diags.report(Diagnostic.error("E0600", "cannot apply unary operator `-` to type `" + t + "`")
                            .primary(u.span(), "cannot apply unary operator `-`"));
                }
                return new TExpr.Unary(UnOp.NEG, x, x.type(), u.span());
            }
            case NOT -> {
                TExpr x = check(u.operand(), expected);
                Type t = inf.shallow(x.type());
                if (!(t instanceof Type.Bool) && !inf.isInteger(t) && !(t instanceof Type.Error)) {
                    diags.report(Diagnostic.error("E0600", "cannot apply unary operator `!` to type `" + t + "`")
                            .primary(u.span(), "cannot apply unary operator `!`"));
                }
                return new TExpr.Unary(UnOp.NOT, x, x.type(), u.span());
            }
            default -> {
                TExpr x = check(u.operand(), null);
                Type t = inf.shallow(x.type());
                if (t instanceof Type.Bool || inf.isInteger(t) || t instanceof Type.Char || t instanceof Type.Unit) {
                    // no type of the supported subset is a reference or a smart pointer
                    diags.report(Diagnostic.error("E0614", "type `" + show(t) + "` cannot be dereferenced")
                            .primary(u.span(), "can't be dereferenced"));
                } else if (!(t instanceof Type.Error)) {
                    unsupported(u.span(), "dereferencing");
                }
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, u.span());
            }
        }
    }

    private TExpr checkBinary(Expr.Binary b, Type expected) {
        BinOp op = b.op();
        if (op.isLazy()) {
            TExpr l = check(b.lhs(), Type.BOOL);
            demand(l, Type.BOOL, b.lhs().span(), null, null);
            TExpr r = check(b.rhs(), Type.BOOL);
            demand(r, Type.BOOL, b.rhs().span(), null, null);
            return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
        }
        if (op.isComparison()) {
            TExpr l = check(b.lhs(), null);
            TExpr r = check(b.rhs(), l.type());
            Type lt = inf.shallow(l.type());
            if (lt instanceof Type.Str || lt instanceof Type.Unit) {
                unsupported(b.span(), "comparing `" + lt + "` values");
            } else if (!inf.unify(l.type(), r.type())) {
                diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(b.rhs().span(), "expected " + describeFound(l.type()) + ", found " + describeFound(r.type())));
            }
            return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
        }
        if (op == BinOp.SHL || op == BinOp.SHR) {
            TExpr l = check(b.lhs(), expected);
            TExpr r = check(b.rhs(), null);
            requireInt(l, op, b);
            if (!inf.isInteger(r.type()) && !(inf.shallow(r.type()) instanceof Type.Error)) {
                binopError(op, l.type(), r.type(), b);
            }
            return new TExpr.Binary(op, l, r, l.type(), b.span());
        }
        TExpr l = check(b.lhs(), expected);
        TExpr r = check(b.rhs(), l.type());
        Type lt = inf.shallow(l.type());
        boolean bitwise = op == BinOp.BIT_AND || op == BinOp.BIT_OR || op == BinOp.BIT_XOR;
        if (lt instanceof Type.Bool && bitwise) {
            demand(r, Type.BOOL, b.rhs().span(), null, null);
            return new TExpr.Binary(op, l, r, Type.BOOL, b.span());
        }
        if (!inf.isInteger(lt)) {
            if (!(lt instanceof Type.Error) && !(inf.shallow(r.type()) instanceof Type.Error)) {
                binopError(op, l.type(), r.type(), b);
            }
            return new TExpr.Binary(op, l, r, Type.ERROR, b.span());
        }
        if (!inf.unify(l.type(), r.type())) {
            Type rt = inf.shallow(r.type());
            if (rt instanceof Type.Int || rt instanceof Type.IntVar) {
                diags.report(Diagnostic.error("E0308", "mismatched types")
                        .primary(b.rhs().span(), "expected `" + show(l.type()) + "`, found `" + show(r.type()) + "`"));
            } else {
                binopError(op, l.type(), r.type(), b);
            }
        }
        return new TExpr.Binary(op, l, r, l.type(), b.span());
    }

    private void requireInt(TExpr e, BinOp op, Expr.Binary b) {
        if (!inf.isInteger(e.type()) && !(inf.shallow(e.type()) instanceof Type.Error)) {
            binopError(op, e.type(), Type.ERROR, b);
        }
    }

    private void binopError(BinOp op, Type l, Type r, Expr.Binary b) {
        String verb = switch (op) {
            case ADD -> "add `" + show(r) + "` to `" + show(l) + "`";
            case SUB -> "subtract `" + show(r) + "` from `" + show(l) + "`";
            case MUL -> "multiply `" + show(l) + "` by `" + show(r) + "`";
            case DIV -> "divide `" + show(l) + "` by `" + show(r) + "`";
            case REM -> "calculate the remainder of `" + show(l) + "` divided by `" + show(r) + "`";
            default -> "apply binary operator `" + op.symbol() + "` to type `" + show(l) + "`";
        };
        String code = "E0369";
        if (!(inf.shallow(l) instanceof Type.Int || inf.shallow(l) instanceof Type.IntVar)
                || op == BinOp.SHL || op == BinOp.SHR || op.ordinal() > BinOp.SHR.ordinal()) {
            diags.report(Diagnostic.error(code, "cannot " + verb)
                    .primary(b.opSpan(), "").secondary(b.lhs().span(), show(l)).secondary(b.rhs().span(), show(r)));
        } else {
            diags.report(Diagnostic.error("E0277", "cannot " + verb)
                    .primary(b.opSpan(), "no implementation for `" + show(l) + " " + op.symbol() + " " + show(r) + "`"));
        }
    }

    private TExpr checkCast(Expr.Cast c) {
        Type target = lowerTy(c.ty());
        TExpr x = check(c.expr(), null);
        if (target instanceof Type.Int && castHintApplies(c.expr()) && inf.shallow(x.type()) instanceof Type.IntVar) {
            // rustc's "castable to" expectation: an unsuffixed literal operand takes the cast's type
            inf.unify(x.type(), target);
        }
        if (target == null) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        Type from = inf.shallow(x.type());
        if (from instanceof Type.Error) {
            return new TExpr.Cast(x, target, c.span());
        }
        boolean fromInt = inf.isInteger(from);
        boolean ok;
        if (target instanceof Type.Int) {
            ok = fromInt || from instanceof Type.Bool || from instanceof Type.Char;
        } else if (target instanceof Type.Char) {
            ok = from instanceof Type.Char || from instanceof Type.IntVar && inf.unify(from, Type.of(IntKind.U8))
                    || from instanceof Type.Int i && i.kind() == IntKind.U8;
            if (!ok && fromInt) {
                diags.report(Diagnostic.error("E0604", "only `u8` can be cast as `char`, not `" + show(from) + "`")
                        .primary(c.span(), "invalid cast"));
                return new TExpr.Cast(x, target, c.span());
            }
        } else if (target instanceof Type.Bool) {
            ok = from instanceof Type.Bool;
            if (!ok && fromInt) {
                diags.report(Diagnostic.error("E0054", "cannot cast `" + show(from) + "` as `bool`")
                        .primary(c.span(), "")
                        .help("compare with zero instead: `" + sources.file(c.expr().span()).slice(c.expr().span()) + " != 0`"));
                return new TExpr.Cast(x, target, c.span());
            }
        } else {
            ok = from.equals(target);
        }
        if (!ok) {
            diags.report(Diagnostic.error("E0605", "non-primitive cast: `" + show(from) + "` as `" + target + "`")
                    .primary(c.span(), "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object"));
        }
        return new TExpr.Cast(x, target, c.span());
    }

    private static TExpr respan(TExpr t, Span span) {
        if (t instanceof TExpr.Binary b) {
            return new TExpr.Binary(b.op(), b.lhs(), b.rhs(), b.type(), span);
        }
        if (t instanceof TExpr.Unary u) {
            return new TExpr.Unary(u.op(), u.operand(), u.type(), span);
        }
        if (t instanceof TExpr.Cast c) {
            return new TExpr.Cast(c.expr(), c.type(), span);
        }
        return t;
    }

    /** An unsuffixed integer literal, possibly negated, parenthesized or the tail of a statement-less block. */
    private static boolean castHintApplies(Expr e) {
        if (e instanceof Expr.LitExpr l) {
            return l.lit() instanceof Lit.Int;
        }
        if (e instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            return castHintApplies(u.operand());
        }
        if (e instanceof Expr.Paren p) {
            return castHintApplies(p.inner());
        }
        if (e instanceof Expr.BlockExpr b && b.label() == null && b.block().stmts().isEmpty() && b.block().tail() != null) {
            return castHintApplies(b.block().tail());
        }
        return false;
    }

    private Scope.LocalBinding assignableLocal(Expr lhs, Span whole) {
        if (!(lhs instanceof Expr.PathExpr p) || !p.path().isSimple() || p.qself() != null) {
            if (lhs instanceof Expr.Paren pp) {
                return assignableLocal(pp.inner(), whole);
            }
            unsupported(lhs.span(), "assigning to anything but a local variable");
            return null;
        }
        String name = p.path().segments().get(0).ident().name();
        Scope.Found f = scope.lookup(name);
        if (f == null) {
            reportUnresolvedValue(name, lhs.span());
            return null;
        }
        if (!(f.binding() instanceof Scope.LocalBinding lb) || f.crossedFn()) {
            diags.report(Diagnostic.error("E0070", "invalid left-hand side of assignment")
                    .primary(whole, "").secondary(lhs.span(), "cannot assign to this expression"));
            return null;
        }
        return lb;
    }

    private boolean checkMutable(Scope.LocalBinding lb, Span whole) {
        if (lb.local().mutable() || uninitialised.remove(lb.local().id())) {
            return true;
        }
        String n = lb.local().name();
        afterTypeck.add(Diagnostic.error("E0384", "cannot assign twice to immutable variable `" + n + "`")
                .secondary(lb.nameSpan(), "first assignment to `" + n + "`")
                .primary(whole, "cannot assign twice to immutable variable")
                .suggestion(lb.nameSpan().shrinkToLo(), "consider making this binding mutable", "mut "));
        return false;
    }

    private TExpr checkAssign(Expr.Assign a) {
        Scope.LocalBinding lb = assignableLocal(a.lhs(), a.span());
        if (lb == null) {
            check(a.rhs(), null);
            return new TExpr.UnitConst(a.span());
        }
        TExpr v = check(a.rhs(), lb.local().type());
        demand(v, lb.local().type(), a.rhs().span(), null, null);
        checkMutable(lb, a.span());
        return new TExpr.Assign(lb.local(), v, a.span());
    }

    private TExpr checkAssignOp(Expr.AssignOp a) {
        Scope.LocalBinding lb = assignableLocal(a.lhs(), a.span());
        if (lb == null) {
            check(a.rhs(), null);
            return new TExpr.UnitConst(a.span());
        }
        Type lt = lb.local().type();
        boolean shift = a.op() == BinOp.SHL || a.op() == BinOp.SHR;
        TExpr v = check(a.rhs(), shift ? null : lt);
        boolean boolBitwise = inf.shallow(lt) instanceof Type.Bool
                && (a.op() == BinOp.BIT_AND || a.op() == BinOp.BIT_OR || a.op() == BinOp.BIT_XOR);
        if (!inf.isInteger(lt) && !boolBitwise) {
            if (!(inf.shallow(lt) instanceof Type.Error)) {
                diags.report(Diagnostic.error("E0368", "binary assignment operation `" + a.op().symbol()
                        + "=` cannot be applied to type `" + show(lt) + "`")
                        .primary(a.lhs().span(), "cannot use `" + a.op().symbol() + "=` on type `" + show(lt) + "`"));
            }
        } else if (shift) {
            if (!inf.isInteger(v.type())) {
                demand(v, Type.of(IntKind.U32), a.rhs().span(), null, null);
            }
        } else {
            demand(v, lt, a.rhs().span(), null, null);
        }
        checkMutable(lb, a.span());
        return new TExpr.CompoundAssign(lb.local(), a.op(), v, a.span());
    }

    private TExpr checkCall(Expr.Call c, Type expected) {
        if (!(c.callee() instanceof Expr.PathExpr p) || p.qself() != null) {
            unsupported(c.callee().span(), "calling anything but a named function");
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        List<String> segs = p.path().segments().stream().map(s -> s.ident().name()).toList();
        if (segs.equals(List.of("std", "process", "exit"))) {
            if (c.args().size() != 1) {
                argCountError(c, 1, null);
                return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
            }
            TExpr code = check(c.args().get(0), Type.of(IntKind.I32));
            demand(code, Type.of(IntKind.I32), c.args().get(0).span(), null, null);
            return new TExpr.Exit(code, c.span());
        }
        if (!p.path().isSimple()) {
            // `use`, modules and associated functions are not resolved yet: never claim the path is wrong
            unsupported(p.span(), "calling `" + p.path() + "` (paths to items other than local functions)");
            for (Expr a : c.args()) {
                check(a, null);
            }
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        String name = segs.get(0);
        Scope.Found f = scope.lookup(name);
        if (f == null) {
            diags.report(Diagnostic.error("E0425", "cannot find function `" + name + "` in this scope")
                    .primary(p.span(), "not found in this scope"));
            for (Expr a : c.args()) {
                check(a, null);
            }
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        if (!(f.binding() instanceof Scope.FnBinding fb)) {
            Type t = f.binding() instanceof Scope.LocalBinding lb ? lb.local().type() : Type.ERROR;
            diags.report(Diagnostic.error("E0618", "expected function, found `" + show(t) + "`")
                    .primary(p.span(), "").note("`" + name + "` is not a function"));
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        Item.Fn fn = fb.fn();
        List<Type> paramTypes = new ArrayList<>();
        boolean sigOk = true;
        for (Item.Param prm : fn.params()) {
            Type t = lowerTyQuiet(prm.ty());
            sigOk &= t != null;
            paramTypes.add(t == null ? Type.ERROR : t);
        }
        Type ret = fn.ret() == null ? Type.UNIT : lowerTyQuiet(fn.ret());
        if (ret == null) {
            ret = Type.ERROR;
            sigOk = false;
        }
        if (c.args().size() != paramTypes.size()) {
            argCountError(c, paramTypes.size(), fn);
            for (Expr a : c.args()) {
                check(a, null);
            }
            return new TExpr.IntConst(BigInteger.ZERO, ret, c.span());
        }
        List<TExpr> args = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            TExpr a = check(c.args().get(i), paramTypes.get(i));
            demand(a, paramTypes.get(i), c.args().get(i).span(), null, null);
            args.add(a);
        }
        if (!sigOk) {
            return new TExpr.IntConst(BigInteger.ZERO, Type.ERROR, c.span());
        }
        return new TExpr.Call(fb.symbol(), args, ret, c.span());
    }

    /** A signature's type without reporting again (the function's own check reports problems once). */
    private Type lowerTyQuiet(Ty ty) {
        Diagnostics sink = new Diagnostics();
        return new TypeChecker(sink, sources).lowerTy(ty);
    }

    private void argCountError(Expr.Call c, int want, Item.Fn fn) {
        int got = c.args().size();
        Diagnostic.Builder b = Diagnostic.error("E0061", "this function takes " + want + " argument" + (want == 1 ? "" : "s")
                        + " but " + got + " argument" + (got == 1 ? " was" : "s were") + " supplied")
                .primary(c.callee().span(), "");
        if (fn != null) {
            b.noteAt(fn.name().span(), "function defined here");
        }
        diags.report(b);
    }

    private TExpr checkIf(Expr.If i, Type expected) {
        if (containsLet(i.cond())) {
            unsupported(i.cond().span(), "`if let`");
            return new TExpr.UnitConst(i.span());
        }
        TExpr cond = check(i.cond(), Type.BOOL);
        if (i.cond() instanceof Expr.Assign a && !inf.unify(cond.type(), Type.BOOL)) {
            // `if x = 3`: rustc suggests the comparison
            Diagnostic.Builder b = Diagnostic.error("E0308", "mismatched types")
                    .primary(a.span(), "expected `bool`, found `()`");
            String text = sources.file(a.span()).text();
            int eq = text.indexOf('=', a.lhs().span().hi());
            if (eq >= 0 && eq < a.rhs().span().lo()) {
                Span at = new Span(a.span().file(), eq + 1, eq + 1);
                b.suggestion(at, "you might have meant to compare for equality", "=");
            }
            diags.report(b);
        } else {
            demand(cond, Type.BOOL, i.cond().span(), null, null);
        }
        if (i.elseExpr() == null) {
            TExpr then = checkBlock(i.then(), Type.UNIT, null);
            if (!(then.type() instanceof Type.Never) && !inf.unify(then.type(), Type.UNIT)) {
                diags.report(Diagnostic.error("E0317", "`if` may be missing an `else` clause")
                        .primary(i.span(), "expected " + describeFound(then.type()) + ", found `()`")
                        .note("`if` expressions without `else` evaluate to `()`")
                        .help("consider adding an `else` block that evaluates to the expected type"));
            }
            return new TExpr.If(cond, then, null, Type.UNIT, i.span());
        }
        TExpr then = checkBlock(i.then(), expected, null);
        Type want = expected != null ? expected : (then.type() instanceof Type.Never ? null : then.type());
        TExpr other = check(i.elseExpr(), want);
        Type t;
        if (then.type() instanceof Type.Never) {
            t = other.type();
        } else if (other.type() instanceof Type.Never) {
            t = then.type();
        } else {
            t = then.type();
            if (!inf.unify(then.type(), other.type())) {
                Span thenTail = then instanceof TExpr.Block tb && tb.tail() != null ? tb.tail().span() : i.then().span();
                Span elseTail = other instanceof TExpr.Block ob && ob.tail() != null ? ob.tail().span() : i.elseExpr().span();
                diags.report(Diagnostic.error("E0308", "`if` and `else` have incompatible types")
                        .primary(elseTail, "expected " + describeFound(then.type()) + ", found " + describeFound(other.type()))
                        .secondary(thenTail, "expected because of this"));
            }
        }
        return new TExpr.If(cond, then, other, t, i.span());
    }
}
