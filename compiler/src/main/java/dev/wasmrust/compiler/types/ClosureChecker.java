package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TStmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closures: their expressions, the variables they capture, calls of closures and function values, and the
 * {@code Fn*} obligations through which a generic callee's bound gives a closure argument its parameter types
 * (as rustc deduces a closure's signature from the pending obligations on its expected type).
 *
 * <p>A closure's body is checked with its enclosing function's inference, so types flow both ways; it is
 * compiled as a separate function whose first parameter is the environment. A {@code move} closure holds
 * its captures by value; any other holds the address of each variable it uses, which is what Rust's
 * borrow rules make indistinguishable from its finer-grained capture modes in every program they accept.
 */
final class ClosureChecker {
    private final TypeChecker tc;

    ClosureChecker(TypeChecker tc) {
        this.tc = tc;
    }

    /** A closure being checked: locals numbered below {@code firstLocal} belong to enclosing code. */
    private static final class Open {
        final int firstLocal;
        final Map<Integer, TLocal> captured = new LinkedHashMap<>();

        Open(int firstLocal) {
            this.firstLocal = firstLocal;
        }
    }

    /** A requirement that {@code type} be callable as {@code sig}, from a generic callee's bound. */
    private record Obligation(Type type, FnSig sig, Span span) {}

    /**
     * A requirement that {@code type} implement the generic trait {@code trait<args>}: once {@code type} is known,
     * the impl it selects settles the arguments ({@code collect::<Vec<u32>>()} makes the items {@code u32}).
     */
    private record TraitObligation(Type type, String trait, List<Type> args, Span span) {}

    /** The closure traits, whose bounds are checked by signature ({@link Obligation}). */
    static final java.util.Set<String> FN_TRAITS = java.util.Set.of("Fn", "FnMut", "FnOnce");

    /**
     * Where a generic item is used: its name, the callee's span, and for each of its type parameters the span
     * an unmet bound on it is reported at (the argument the parameter was inferred from, as rustc does).
     */
    record BoundSite(String owner, Span callee, java.util.function.IntFunction<Span> primaryFor) {}

    /** {@code type: trait} from a bound written on a used generic item, checked once the function has settled its types. */
    private record WrittenBound(Type type, String trait, BoundSite site, int param, Span boundSpan) {}

    /**
     * {@code type: trait} for a generic argument whose parameter is bounded by a trait with its own E0277 wording
     * (Iterator, IntoIterator): checked once the type is known. {@code arg} is the argument that gave the type.
     */
    private record BoundObligation(Type type, TraitDef trait, Span callee, Span arg, Span bound, String owner) {}

    /** A closure body checked with its enclosing function, finished (zonked) with it. */
    record Body(String symbol, List<TLocal> params, Type ret, TExpr body, Span span, List<TFunction.Capture> captures) {}

    /** The per-function state, saved and restored around nested functions. */
    static final class State {
        final Deque<Open> open = new ArrayDeque<>();
        final List<Body> bodies = new ArrayList<>();
        final List<Obligation> obligations = new ArrayList<>();
        final List<TraitObligation> traitObligations = new ArrayList<>();
        final List<BoundObligation> boundObligations = new ArrayList<>();
        final List<WrittenBound> writtenBounds = new ArrayList<>();
        List<Type.Param> ownerParams = List.of();
        int counter;
    }

    State state = new State();

    State enterFunction(List<Type.Param> ownerParams) {
        State save = state;
        state = new State();
        state.ownerParams = ownerParams;
        return save;
    }

    void leaveFunction(State saved) {
        state = saved;
    }

    /** Records that a local is used here: every closure being checked that it is declared outside captures it. */
    void noteUse(TLocal l) {
        for (Open o : state.open) {
            if (l.id() < o.firstLocal) {
                o.captured.putIfAbsent(l.id(), l);
            }
        }
    }

    // ---- closure expressions ----

    TExpr check(Expr.Closure c, Type expected) {
        if (c.isAsync()) {
            tc.unsupported(c.span(), "`async` closures");
            return DataChecks.error(c.span());
        }
        FnSig deduced = expected == null ? null : pendingSig(expected);
        Open open = new Open(tc.nextLocal);
        state.open.push(open);
        Scope saveScope = tc.scope;
        Type saveRet = tc.fnReturn;
        TLocal saveCaller = tc.callerLocation;
        List<TypeChecker.LoopCtx> saveLoops = new ArrayList<>(tc.loops);
        tc.loops.clear();
        tc.callerLocation = null;
        tc.scope = new Scope(saveScope, false);
        try {
            TLocal env = tc.newLocal("__env", Type.of(IntKind.USIZE), false);
            List<TLocal> params = new ArrayList<>();
            params.add(env);
            List<Type> paramTypes = new ArrayList<>();
            List<TStmt> destructure = new ArrayList<>();
            PatternChecker.Bindings bindings = new PatternChecker.Bindings();
            if (deduced != null && deduced.params().size() != c.params().size()) {
                arityMismatch(c, deduced);
                deduced = null;
            }
            for (int i = 0; i < c.params().size(); i++) {
                Expr.ClosureParam p = c.params().get(i);
                Type t = deduced != null ? deduced.params().get(i) : null;
                if (p.ty() != null) {
                    Type written = tc.lowerTy(p.ty());
                    written = written == null ? Type.ERROR : written;
                    if (t != null && !tc.inf.unify(written, t)) {
                        tc.diags.report(Diagnostic.error("E0631", "type mismatch in closure arguments")
                                .primary(c.span(), "expected closure signature `fn(" + tc.show(t) + ")`, found `fn("
                                        + tc.show(written) + ")`"));
                    }
                    t = written;
                }
                if (t == null) {
                    t = tc.inf.freshGeneral();
                    Type unknown = t;
                    Span after = p.pat().span();
                    // nothing in the body or its uses settled the parameter's type: rustc's E0282, at the parameter
                    tc.deferredChecks.add(() -> {
                        if (tc.isUnknown(unknown) && !tc.diags.hasErrors()) {
                            Span end = new Span(after.file(), after.hi(), after.hi());
                            tc.diags.report(Diagnostic.error("E0282", "type annotations needed").primary(after, "")
                                    .suggestion(end, "consider giving this closure parameter an explicit type", ": /* Type */"));
                        }
                    });
                }
                paramTypes.add(t);
                Pat pat = p.pat();
                while (pat instanceof Pat.ParenPat pp) {
                    pat = pp.inner();
                }
                if (pat instanceof Pat.Wild || pat instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef()
                        && !tc.namesConstant(ip.name().name())) {
                    TLocal local = tc.bindPattern(pat, t, p.pat().span());
                    params.add(local != null ? local : tc.newLocal("_", t, false));
                } else {
                    TLocal hidden = tc.newLocal("__arg" + i, t, false);
                    params.add(hidden);
                    TPat tp = tc.patterns.check(p.pat(), t, bindings);
                    destructure.add(new TStmt.Let(tp, new TExpr.LocalRef(hidden, t, p.span()), null));
                }
            }
            tc.patterns.define(bindings);
            Type ret;
            if (c.ret() != null) {
                ret = tc.lowerTy(c.ret());
                ret = ret == null ? Type.ERROR : ret;
                if (deduced != null) {
                    tc.inf.unify(ret, deduced.ret());
                }
            } else {
                ret = deduced != null ? deduced.ret() : tc.inf.freshGeneral();
            }
            tc.fnReturn = ret;
            TExpr body = tc.check(c.body(), ret);
            body = tc.coerce(body, ret, c.body().span());
            if (!destructure.isEmpty()) {
                body = new TExpr.Block(destructure, body, body.type(), body.span());
            }
            state.open.pop();
            List<TFunction.Capture> captures = new ArrayList<>();
            List<Type> captureTypes = new ArrayList<>();
            List<TExpr> inits = new ArrayList<>();
            for (TLocal l : open.captured.values()) {
                boolean byRef = !c.isMove();
                captures.add(new TFunction.Capture(l, byRef));
                TExpr place = new TExpr.LocalRef(l, l.type(), c.span());
                if (byRef) {
                    Type rt = new Type.Ref(l.mutable(), l.type());
                    captureTypes.add(rt);
                    inits.add(new TExpr.AddrOf(l.mutable(), place, rt, c.span()));
                } else {
                    captureTypes.add(l.type());
                    inits.add(place);
                }
            }
            String symbol = tc.fnSymbol + "::{closure#" + state.counter++ + "}";
            Type.Closure type = new Type.Closure(symbol, List.copyOf(state.ownerParams), paramTypes, ret, captureTypes, where(c.span()));
            state.bodies.add(new Body(symbol, params, ret, body, c.span(), captures));
            return new TExpr.Closure(inits, type, c.span());
        } finally {
            if (!state.open.isEmpty() && state.open.peek() == open) {
                state.open.pop();
            }
            tc.scope = saveScope;
            tc.fnReturn = saveRet;
            tc.callerLocation = saveCaller;
            tc.loops.clear();
            tc.loops.addAll(saveLoops);
        }
    }

    private String where(Span span) {
        SourceFile f = tc.sources.file(span);
        return f.name() + ":" + f.line(span.lo()) + ":" + f.column(span.lo());
    }

    private void arityMismatch(Expr.Closure c, FnSig sig) {
        int want = sig.params().size();
        int got = c.params().size();
        tc.diags.report(Diagnostic.error("E0593", "closure is expected to take " + want + " argument" + (want == 1 ? "" : "s")
                + ", but it takes " + got + " argument" + (got == 1 ? "" : "s"))
                .primary(c.span(), "takes " + got + " argument" + (got == 1 ? "" : "s")));
    }

    // ---- calls of values ----

    /** The signature a value of type {@code t} can be called with, or null when it is not callable. */
    FnSig callable(Type t) {
        t = tc.inf.shallow(t);
        while (t instanceof Type.Ref r) {
            t = tc.inf.shallow(r.inner());
        }
        if (t instanceof Type.Closure c) {
            return new FnSig("Fn", c.params(), c.ret());
        }
        if (t instanceof Type.FnDef d) {
            return new FnSig("Fn", d.params(), d.ret());
        }
        if (t instanceof Type.Param p) {
            return tc.scope.fnBoundOf(p.index());
        }
        if (t instanceof Type.Var) {
            return pendingSig(t);
        }
        return null;
    }

    /** {@code f(args)} where {@code f} is an expression whose type is callable. */
    TExpr checkCall(Expr.Call c) {
        TExpr callee = tc.check(c.callee(), null);
        Type t = tc.inf.shallow(callee.type());
        if (t instanceof Type.Error) {
            for (Expr a : c.args()) {
                tc.check(a, null);
            }
            return DataChecks.error(c.span());
        }
        FnSig sig = callable(t);
        if (sig == null) {
            tc.diags.report(Diagnostic.error("E0618", "expected function, found `" + tc.show(t) + "`")
                    .primary(c.callee().span(), "call expression requires function"));
            for (Expr a : c.args()) {
                tc.check(a, null);
            }
            return DataChecks.error(c.span());
        }
        List<TExpr> args = tc.data.arguments(c.args(), sig.params(), c.callee().span(), c.span(), null, "function");
        if (args == null) {
            return DataChecks.error(c.span());
        }
        return new TExpr.CallValue(callee, args, sig.ret(), c.span());
    }

    // ---- obligations ----

    /** Records the {@code Fn*} bounds of a generic item instantiated with {@code args} (bounds read in {@code generics}). */
    void instantiated(Scope generics, List<Type> args, Span at) {
        instantiated(generics, args, at, null);
    }

    void instantiated(Scope generics, List<Type> args, Span at, BoundSite site) {
        for (int i = 0; i < args.size(); i++) {
            String owner = site != null ? site.owner() : null;
            if (site != null) {
                for (Map.Entry<String, Span> e : generics.boundSpansOf(i).entrySet()) {
                    TraitDef worded = tc.lookupTraitAnywhere(e.getKey());
                    // a trait with its own wording (`X` is not an iterator) is checked by a BoundObligation
                    if (!FN_TRAITS.contains(e.getKey()) && generics.boundArgsOf(i, e.getKey()).isEmpty()
                            && (worded == null || worded.onUnimplemented() == null)) {
                        state.writtenBounds.add(new WrittenBound(args.get(i), e.getKey(), site, i, e.getValue()));
                    }
                }
            }
            FnSig b = generics.fnBoundOf(i);
            if (b != null) {
                state.obligations.add(new Obligation(args.get(i), b.subst(args), at));
            }
            for (String trait : generics.boundsOf(i)) {
                List<Type> targs = generics.boundArgsOf(i, trait);
                if (!targs.isEmpty()) {
                    state.traitObligations.add(new TraitObligation(args.get(i), trait,
                            targs.stream().map(t -> Types.subst(t, args)).toList(), at));
                }
                TraitDef td = tc.lookupTraitAnywhere(trait);
                if (td != null && td.onUnimplemented() != null) {
                    state.boundObligations.add(new BoundObligation(args.get(i), td, at, null, generics.boundSpan(i, trait), owner));
                }
                if (td != null) {
                    for (String at2 : td.assocTypes()) {
                        Type bound = generics.assocBinding(i, at2);
                        if (bound != null) {
                            // `I: Iterator<Item = T>`: the item type is T
                            tc.inf.unify(new Type.Projection(args.get(i), td.name(), at2), Types.subst(bound, args));
                        }
                    }
                }
            }
        }
    }

    /**
     * After a call's arguments are checked: the bound obligations on the argument types ({@code params}) now know
     * which argument they came from, and the call's callee name.
     */
    void locate(List<Type> params, List<TExpr> args, Span callee) {
        for (int o = 0; o < state.boundObligations.size(); o++) {
            BoundObligation ob = state.boundObligations.get(o);
            if (ob.arg() != null) {
                continue;
            }
            for (int k = 0; k < params.size() && k < args.size(); k++) {
                if (tc.inf.shallow(params.get(k)).equals(tc.inf.shallow(ob.type())) && args.get(k) != null) {
                    state.boundObligations.set(o, new BoundObligation(ob.type(), ob.trait(), callee, args.get(k).span(), ob.bound(), ob.owner()));
                    break;
                }
            }
        }
    }

    /** {@code self: trait<args>} must hold: settles {@code args} once one impl fits (a method of a trait implemented twice). */
    void requireTrait(Type self, String trait, List<Type> args, Span at) {
        state.traitObligations.add(new TraitObligation(self, trait, args, at));
    }

    /** Settles the arguments of generic-trait obligations whose types are now known. */
    private void solveTraitObligations() {
        for (java.util.Iterator<TraitObligation> it = state.traitObligations.iterator(); it.hasNext(); ) {
            TraitObligation o = it.next();
            Type t = tc.inf.shallow(o.type());
            if (t instanceof Type.Var || t instanceof Type.Param || t instanceof Type.Error) {
                if (!(t instanceof Type.Var)) {
                    it.remove();
                }
                continue;
            }
            if (o.trait().equals("Borrow") && o.args().size() == 1 && borrows(t, o.args().get(0))) {
                it.remove();
                continue;
            }
            List<TraitImpl> candidates = Projections.candidates(tc.implTable, o.trait(), o.args(), t, tc.inf::shallow);
            if (candidates.size() != 1) {
                continue; // none, or the arguments do not decide yet
            }
            TraitImpl impl = candidates.get(0);
            it.remove();
            Type[] b = Projections.bindings(impl, t, o.args(), tc.inf::shallow);
            for (int i = 0; i < o.args().size() && i < impl.traitArgs().size(); i++) {
                Type want = Projections.substPartial(impl.traitArgs().get(i), b);
                if (!Types.any(want, x -> x instanceof Type.Param)) {
                    tc.inf.unify(want, o.args().get(i));
                }
            }
        }
    }

    /** The signature an unresolved type must have according to the pending obligations, or null. */
    private FnSig pendingSig(Type t) {
        Type s = tc.inf.shallow(t);
        if (!(s instanceof Type.Var)) {
            return null;
        }
        for (Obligation o : state.obligations) {
            if (tc.inf.shallow(o.type()).equals(s)) {
                return o.sig();
            }
        }
        return null;
    }

    /**
     * The standard library's `Borrow` impls (what lets `map.get("key")` look up a `String` key): `T: Borrow<T>`,
     * `&T: Borrow<T>`, `&mut T: Borrow<T>`, `String: Borrow<str>`, `Vec<T>: Borrow<[T]>`, `Box<T>: Borrow<T>`.
     * A borrowed type still being inferred (`get(&1)`) is the owned one.
     */
    private boolean borrows(Type owned, Type borrowed) {
        Type q = tc.inf.shallow(borrowed);
        Type k = tc.inf.shallow(owned);
        if (q instanceof Type.Var) {
            return tc.inf.unify(q, k);
        }
        if (tc.inf.deep(k).equals(tc.inf.deep(q))) {
            return true;
        }
        if (k instanceof Type.Ref r && !(q instanceof Type.Ref)) {
            return tc.inf.deep(r.inner()).equals(tc.inf.deep(q)) || !(q instanceof Type.Str || q instanceof Type.Slice)
                    && tc.inf.unify(r.inner(), q);
        }
        if (!(q instanceof Type.Str || q instanceof Type.Slice) && tc.inf.unify(k, q)) {
            // the same type once the literals in the borrowed form settle (`&(3, 4)` for `(i32, i32)` keys)
            return true;
        }
        if (k instanceof Type.Adt a && a.def().isLang("string")) {
            return q instanceof Type.Str;
        }
        if (k instanceof Type.Adt a && a.def().isLang("vec")) {
            return q instanceof Type.Slice s && tc.inf.deep(s.elem()).equals(tc.inf.deep(a.args().get(0)));
        }
        if (k instanceof Type.Adt a && a.def().isLang("owned_box")) {
            return tc.inf.deep(a.args().get(0)).equals(tc.inf.deep(q));
        }
        return false;
    }

    /** At the end of a function: generic-trait obligations on known types that no impl satisfies are E0277. */
    void finalSolve(Span fallback) {
        solve();
        for (TraitObligation o : state.traitObligations) {
            Type t = tc.inf.shallow(o.type());
            if (t instanceof Type.Var || t instanceof Type.Param || t instanceof Type.Error || t instanceof Type.Projection
                    || !Projections.candidates(tc.implTable, o.trait(), o.args(), t, tc.inf::shallow).isEmpty()) {
                continue; // several impls still fit: monomorphization picks by the arguments inferred by then
            }
            String args = o.args().stream().map(tc::show).collect(java.util.stream.Collectors.joining(", "));
            tc.diags.report(Diagnostic.error("E0277", "the trait bound `" + tc.show(t) + ": " + o.trait() + "<" + args + ">` is not satisfied")
                    .primary(o.span() != null ? o.span() : fallback, "the trait `" + o.trait() + "<" + args + ">` is not implemented for `"
                            + tc.show(t) + "`"));
        }
        state.traitObligations.clear();
        for (BoundObligation o : state.boundObligations) {
            Type t = tc.inf.shallow(o.type());
            if (t instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL || t instanceof Type.Param || t instanceof Type.Error
                    || t instanceof Type.Projection || t instanceof Type.Never) {
                continue;
            }
            if (Projections.candidates(tc.implTable, o.trait().name(), List.of(), tc.inf.deep(t), tc.inf::shallow).isEmpty()) {
                tc.unimplemented(t, o.trait(), o.arg() != null ? o.arg() : o.callee(), o.arg() != null ? o.callee() : null, o.bound(), o.owner());
            }
        }
        state.boundObligations.clear();
        for (WrittenBound o : state.writtenBounds) {
            settleLiterals(o);
        }
        TraitBounds bounds = new TraitBounds(tc);
        for (WrittenBound o : state.writtenBounds) {
            if (bounds.implemented(o.type(), o.trait()) == TraitBounds.Verdict.NO) {
                unmetBound(o);
            }
        }
        state.writtenBounds.clear();
    }

    /**
     * A bound on a type still holding an unsettled literal (`v.drain(1..3)` with `R: RangeArg`, implemented for
     * `Range<usize>` only): when exactly one impl fits, its header settles the literal, as rustc's selection does.
     */
    private void settleLiterals(WrittenBound o) {
        Type t = tc.inf.deep(o.type());
        if (!Types.any(t, x -> x instanceof Type.Var v && v.kind() != Type.VarKind.GENERAL)) {
            return;
        }
        TraitDef td = tc.lookupTraitAnywhere(o.trait());
        if (td == null || !td.params().isEmpty()) {
            return;
        }
        List<TraitImpl> fits = Projections.candidates(tc.implTable, o.trait(), List.of(), t, tc.inf::shallow);
        if (fits.size() != 1) {
            return;
        }
        Type[] b = Projections.bindings(fits.get(0), t, List.of(), tc.inf::shallow);
        Type header = Projections.substPartial(fits.get(0).self(), b);
        if (!Types.any(header, x -> x instanceof Type.Param)) {
            tc.inf.unify(t, header);
        }
    }

    /** E0277 worded as rustc words it: Display and Debug have their own message ("`P` doesn't implement `Debug`"). */
    private void unmetBound(WrittenBound o) {
        Type t = tc.inf.deep(o.type());
        String ty = tc.show(t);
        String path = o.trait().equals("Display") ? "std::fmt::Display" : o.trait();
        String message = o.trait().equals("Display") || o.trait().equals("Debug")
                ? "`" + ty + "` doesn't implement `" + path + "`"
                : "the trait bound `" + ty + ": " + o.trait() + "` is not satisfied";
        Span primary = o.site().primaryFor().apply(o.param());
        boolean userType = t instanceof Type.Adt a && a.def().span() != null
                && !tc.sources.file(a.def().span()).name().startsWith("<std>/");
        // rustc points at the type's definition when the trait is one a user implements by hand
        boolean byHand = userType && !(TraitBounds.BUILTIN.contains(o.trait()) && !o.trait().equals("Display"));
        Diagnostic.Builder b = Diagnostic.error("E0277", message)
                .primary(primary, byHand ? "unsatisfied trait bound" : "the trait `" + path + "` is not implemented for `" + ty + "`");
        if (!primary.equals(o.site().callee())) {
            b.secondary(o.site().callee(), "required by a bound introduced by this call");
        }
        if (byHand) {
            AdtDef def = ((Type.Adt) t).def();
            b.helpAt(new Span(def.span().file(), def.span().lo(), def.nameSpan().hi()), "the trait `" + path + "` is not implemented for `" + ty + "`");
            List<TraitImpl> others = tc.implTable.stream().filter(i -> i.trait().equals(o.trait()) && i.header() != null
                    && !tc.sources.file(i.header()).name().startsWith("<std>/")).toList();
            if (others.size() == 1) {
                b.helpAt(others.get(0).header(), "the trait `" + path + "` is implemented for `" + tc.show(others.get(0).self()) + "`");
            } else if (others.size() > 1 && others.size() <= 8) {
                b.help("the following other types implement trait `" + path + "`:\n" + String.join("\n",
                        others.stream().map(i -> "  " + tc.show(i.self())).sorted().toList()));
            }
        }
        b.noteAt("required by a bound in `" + o.site().owner() + "`",
                List.of(dev.wasmrust.compiler.diag.Label.primary(o.boundSpan(), "required by this bound in `" + o.site().owner() + "`")));
        if (userType && !byHand) {
            b.multipartSuggestion("consider annotating `" + ty + "` with `#[derive(" + o.trait() + ")]`",
                    List.of(new dev.wasmrust.compiler.diag.SubDiagnostic.Edit(((Type.Adt) t).def().span().shrinkToLo(),
                            "#[derive(" + o.trait() + ")]\n")));
        }
        tc.diags.report(b);
    }

    /** Checks the obligations whose types are now known: their signatures unify with the bound's. */
    void solve() {
        solveTraitObligations();
        for (java.util.Iterator<Obligation> it = state.obligations.iterator(); it.hasNext(); ) {
            Obligation o = it.next();
            Type t = tc.inf.shallow(o.type());
            if (t instanceof Type.Var) {
                continue;
            }
            it.remove();
            if (t instanceof Type.Error) {
                continue;
            }
            FnSig have = callable(t);
            if (have == null) {
                tc.diags.report(Diagnostic.error("E0277", "expected a `" + o.sig() + "` closure, found `" + tc.show(t) + "`")
                        .primary(o.span(), "expected an `" + o.sig().trait() + "` closure, found `" + tc.show(t) + "`")
                        .note("the trait `" + o.sig() + "` is not implemented for `" + tc.show(t) + "`"));
                continue;
            }
            if (have.params().size() != o.sig().params().size()) {
                continue; // reported where the closure was checked (E0593)
            }
            boolean ok = true;
            for (int i = 0; i < have.params().size(); i++) {
                ok &= tc.inf.unify(have.params().get(i), o.sig().params().get(i));
            }
            if (!ok) {
                tc.diags.report(Diagnostic.error("E0631", "type mismatch in closure arguments")
                        .primary(o.span(), "expected closure signature `" + o.sig() + "`"));
            } else if (!tc.inf.unify(have.ret(), o.sig().ret())) {
                tc.diags.report(Diagnostic.error("E0271", "expected `" + tc.show(t) + "` to be a closure that returns `"
                        + tc.show(o.sig().ret()) + "`, but it returns `" + tc.show(have.ret()) + "`")
                        .primary(o.span(), "expected `" + tc.show(o.sig().ret()) + "`, found `" + tc.show(have.ret()) + "`"));
            }
        }
    }

    /** The closures of the function just checked, as functions (their types resolved by {@code z}). */
    List<TFunction> finish(Zonker z, int typeParams) {
        List<TFunction> out = new ArrayList<>();
        for (Body b : state.bodies) {
            List<TLocal> params = b.params().stream().map(z::local).toList();
            List<TFunction.Capture> caps = b.captures().stream().map(c -> new TFunction.Capture(z.local(c.local()), c.byRef())).toList();
            out.add(new TFunction(b.symbol(), params, z.type(b.ret()), z.expr(b.body()), b.span(), typeParams, caps));
        }
        return out;
    }
}
