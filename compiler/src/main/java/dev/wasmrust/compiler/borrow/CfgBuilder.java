package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TExprs;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Flattens a checked body into a {@link Cfg}: borrows, accesses and the flow of loans between locals, in
 * evaluation order. Every intermediate value that may carry a loan gets a temporary local, so that the
 * liveness of locals alone says how long a loan lives. Closures are opaque (their captures make no loans)
 * and so are loans reached only through a type parameter: the check misses some errors rather than report
 * one rustc does not.
 */
final class CfgBuilder {
    private final Predicate<Type> isCopy;
    private final Predicate<Type> carriesRefs;
    private final Function<String, CallSignature> signatures;
    private final List<Step> steps = new ArrayList<>();
    private final List<List<Integer>> succ = new ArrayList<>();
    /** The node the next step follows, or -1 on an unreachable path. */
    private int cur = -1;
    private int nextTemp = 1 << 29;
    private int nextLoan;
    /** Where each named local was declared (for "binding `x` declared here"); where synthetic ones were initialized. */
    final Map<Integer, Span> declSpans = new HashMap<>();
    private final Map<Integer, Span> syntheticSpans = new HashMap<>();
    /**
     * While a `let` initializer is evaluated: the temporaries borrowed by method receivers in it, which are
     * freed at the end of the statement. Each is a pseudo-local here, with the span of the expression it holds.
     */
    private List<Integer> letTemps;
    final Map<Integer, Span> temporaries = new HashMap<>();
    /** While the initializer of a desugaring's local is evaluated: where it is written. */
    private Span syntheticInit;
    /** Per loop or labeled block: where `continue` goes, the ends of its `break`s, and the temp its value flows to. */
    private final Map<Integer, Integer> continues = new HashMap<>();
    private final Map<Integer, List<Integer>> breaks = new HashMap<>();
    private final Map<Integer, Integer> breakValues = new HashMap<>();

    CfgBuilder(Predicate<Type> isCopy, Predicate<Type> carriesRefs, Function<String, CallSignature> signatures) {
        this.isCopy = isCopy;
        this.carriesRefs = carriesRefs;
        this.signatures = signatures;
    }

    Cfg build(TExpr body) {
        cur = node(new Step.Nop());
        Integer v = body instanceof TExpr.Block b ? block(b, false) : eval(body);
        use(v, body.span());
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i < succ.size(); i++) {
            pred.add(new ArrayList<>());
        }
        for (int i = 0; i < succ.size(); i++) {
            for (int s : succ.get(i)) {
                pred.get(s).add(i);
            }
        }
        return new Cfg(steps, succ, pred);
    }

    // ---- nodes ----

    private int node(Step s) {
        steps.add(s);
        succ.add(new ArrayList<>());
        return steps.size() - 1;
    }

    private void emit(Step s) {
        if (cur < 0) {
            return;
        }
        int n = node(s);
        succ.get(cur).add(n);
        cur = n;
    }

    private void edge(int from, int to) {
        if (from >= 0 && !succ.get(from).contains(to)) {
            succ.get(from).add(to);
        }
    }

    /** A node joining the given path ends (-1 entries are unreachable paths); it becomes the current node. */
    private void join(List<Integer> ends) {
        if (ends.stream().allMatch(e -> e < 0)) {
            cur = -1;
            return;
        }
        int n = node(new Step.Nop());
        for (int e : ends) {
            edge(e, n);
        }
        cur = n;
    }

    private int temp() {
        return nextTemp++;
    }

    private Step.Use useOf(int local, Span span) {
        Span s = syntheticSpans.get(local);
        return new Step.Use(local, s != null ? s : span);
    }

    private void use(Integer temp, Span span) {
        if (temp != null) {
            emit(new Step.Flow(temp(), List.of(new Step.Use(temp, span)), true));
        }
    }

    /** A new temporary holding the loans of {@code from}; null when there is nothing to hold. */
    private Integer flowTemp(List<Step.Use> from) {
        if (from.isEmpty()) {
            return null;
        }
        int t = temp();
        emit(new Step.Flow(t, from, true));
        return t;
    }

    // ---- places ----

    /** A place expression: rooted at a local ({@code place} non-null) or at a temporary value ({@code temp}). */
    private record PlaceRes(Place place, String shown, Span rootSpan, Integer temp) {}

    private static boolean isPlaceExpr(TExpr e) {
        return e instanceof TExpr.LocalRef || e instanceof TExpr.Field || e instanceof TExpr.Deref || e instanceof TExpr.Index;
    }

    private PlaceRes place(TExpr e) {
        if (e instanceof TExpr.LocalRef l) {
            return new PlaceRes(new Place(l.local().id(), List.of()), l.local().name(), l.span(), null);
        }
        if (e instanceof TExpr.Field f) {
            PlaceRes b = place(f.base());
            if (b.place() == null) {
                return b;
            }
            return new PlaceRes(b.place().then(f.index()), b.shown() + "." + fieldName(f), b.rootSpan(), null);
        }
        if (e instanceof TExpr.Index ix) {
            PlaceRes b = place(ix.base());
            use(eval(ix.index()), ix.index().span());
            if (b.place() == null) {
                return b;
            }
            return new PlaceRes(b.place().then(Place.INDEX), b.shown() + "[_]", b.rootSpan(), null);
        }
        if (e instanceof TExpr.Deref d && isPlaceExpr(d.ref())) {
            PlaceRes b = place(d.ref());
            if (b.place() == null) {
                return b;
            }
            return new PlaceRes(b.place().then(Place.DEREF), "*" + b.shown(), b.rootSpan(), null);
        }
        if (e instanceof TExpr.Deref d) {
            return new PlaceRes(null, null, null, eval(d.ref()));
        }
        return new PlaceRes(null, null, null, eval(e));
    }

    private static String fieldName(TExpr.Field f) {
        Type bt = f.base().type();
        if (bt instanceof Type.Adt a && !a.def().isEnum()) {
            String n = a.def().struct().fields().get(f.index()).name();
            if (n != null) {
                return n;
            }
        }
        return String.valueOf(f.index());
    }

    private List<Step.Use> rootUse(PlaceRes p, Span span) {
        return List.of(useOf(p.place().local(), span != null ? span : p.rootSpan()));
    }

    /**
     * A place read by value: copied or moved; the result carries the loans its root holds. A value copied
     * from behind a reference carries none: what the reference's own loan covers is not in it, and what the
     * referent holds is not tracked apart from it (`let w = v[0]` of a `Vec<&str>` does not borrow `v`).
     */
    private Integer read(TExpr e) {
        return read(e, false);
    }

    private Integer read(TExpr e, boolean copyOnly) {
        PlaceRes p = place(e);
        boolean behindRef = p.place() != null ? p.place().hasDeref() : derefs(e);
        if (p.place() == null) {
            if (carriesRefs.test(e.type()) && !behindRef) {
                return p.temp();
            }
            use(p.temp(), e.span());
            return null;
        }
        boolean move = !copyOnly && !isCopy.test(e.type()) && !p.place().hasDeref();
        List<Step.Use> uses = rootUse(p, null);
        emit(new Step.Access(p.place(), move ? Step.Kind.MOVE : Step.Kind.READ, p.shown(), e.span(), uses));
        return carriesRefs.test(e.type()) && !behindRef ? flowTemp(uses) : null;
    }

    /** Whether a place expression reads through a dereference. */
    private static boolean derefs(TExpr e) {
        if (e instanceof TExpr.Deref) {
            return true;
        }
        if (e instanceof TExpr.Field f) {
            return derefs(f.base());
        }
        if (e instanceof TExpr.Index ix) {
            return derefs(ix.base());
        }
        return false;
    }

    /** {@code &place} / {@code &mut place}; a two-phase borrow (a method's receiver) gives its call's span. */
    private Integer borrow(TExpr.AddrOf a, Span activation) {
        return borrow(a, activation, false);
    }

    /** {@code receiver}: the auto-referenced receiver of a method call (a temporary there is not extended). */
    private Integer borrow(TExpr.AddrOf a, Span activation, boolean receiver) {
        PlaceRes p = place(a.place());
        if (receiver && p.place() == null && letTemps != null && a.span() != null && a.span().equals(a.place().span())
                && (a.place() instanceof TExpr.Call || a.place() instanceof TExpr.FormatString) && !isCopy.test(a.place().type())) {
            // `String::from("x").as_str()`: the receiver is a temporary that the statement's end frees
            int pseudo = temp();
            temporaries.put(pseudo, a.place().span());
            letTemps.add(pseudo);
            Loan loan = new Loan(nextLoan++, new Place(pseudo, List.of()), a.mutable(), "temporary value", a.place().span(),
                    a.place().span(), activation);
            int t = temp();
            emit(new Step.Borrow(loan, t, p.temp() == null ? List.of() : List.of(new Step.Use(p.temp(), a.span()))));
            return t;
        }
        if (p.place() == null) {
            return p.temp();
        }
        Span at = syntheticInit != null ? syntheticInit : a.span();
        Loan loan = new Loan(nextLoan++, p.place(), a.mutable(), p.shown(), at, a.place().span(), activation);
        int t = temp();
        emit(new Step.Borrow(loan, t, rootUse(p, null)));
        return t;
    }

    /** A place used through a shared reference only for the moment (a formatted argument, a comparison operand). */
    private void borrowForUse(TExpr e) {
        if (!isPlaceExpr(e)) {
            use(eval(e), e.span());
            return;
        }
        PlaceRes p = place(e);
        if (p.place() == null) {
            use(p.temp(), e.span());
            return;
        }
        Span at = e.span();
        if (e instanceof TExpr.LocalRef l && at != null && at.length() == l.local().name().length() + 2) {
            at = new Span(at.file(), at.lo() + 1, at.hi() - 1); // `{name}` captured in a format string
        }
        Loan loan = new Loan(nextLoan++, p.place(), false, p.shown(), at, at, null);
        emit(new Step.Borrow(loan, temp(), rootUse(p, at)));
    }

    // ---- expressions ----

    /** Evaluates {@code e}; returns the temporary holding the loans of its value, or null if it holds none. */
    private Integer eval(TExpr e) {
        if (e == null || cur < 0) {
            return null; // code after a diverging expression is unreachable: nothing in it is checked
        }
        if (isPlaceExpr(e)) {
            return read(e);
        }
        if (e instanceof TExpr.AddrOf a) {
            return borrow(a, null);
        }
        if (e instanceof TExpr.Unsize u) {
            return eval(u.ref());
        }
        if (e instanceof TExpr.Cast c) {
            use(eval(c.expr()), c.span());
            return null;
        }
        if (e instanceof TExpr.Closure) {
            return null; // opaque: see the class comment
        }
        if (e instanceof TExpr.Assign a) {
            assign(a.place(), a.value(), a.span(), true);
            return null;
        }
        if (e instanceof TExpr.CompoundAssign a) {
            assign(a.place(), a.value(), a.span(), false);
            return null;
        }
        if (e instanceof TExpr.Binary b && b.op().isComparison()) {
            operand(b.lhs());
            operand(b.rhs());
            return null;
        }
        if (e instanceof TExpr.Binary b && b.op().isLazy()) {
            use(eval(b.lhs()), b.lhs().span());
            int afterLhs = cur;
            use(eval(b.rhs()), b.rhs().span());
            join(List.of(afterLhs, cur));
            return null;
        }
        if (e instanceof TExpr.Format f) {
            f.args().forEach(this::borrowForUse);
            return null;
        }
        if (e instanceof TExpr.FormatString f) {
            f.args().forEach(this::borrowForUse);
            return null;
        }
        if (e instanceof TExpr.Panic p) {
            p.args().forEach(this::borrowForUse);
            cur = -1;
            return null;
        }
        if (e instanceof TExpr.Exit x) {
            use(eval(x.code()), x.span());
            cur = -1;
            return null;
        }
        if (e instanceof TExpr.Call c) {
            return call(c);
        }
        if (e instanceof TExpr.CallValue c) {
            for (TExpr a : c.args()) {
                use(eval(a), a.span());
            }
            if (c.type() instanceof Type.Never) {
                cur = -1;
            }
            return null;
        }
        if (e instanceof TExpr.Block b) {
            return block(b, true);
        }
        if (e instanceof TExpr.If i) {
            return ifExpr(i);
        }
        if (e instanceof TExpr.Match m) {
            return match(m);
        }
        if (e instanceof TExpr.Loop l) {
            return loop(l.label(), null, l.body(), carriesRefs.test(l.type()));
        }
        if (e instanceof TExpr.While w) {
            loop(w.label(), w.cond(), w.body(), false);
            return null;
        }
        if (e instanceof TExpr.ForRange f) {
            use(eval(f.lo()), f.lo().span());
            use(eval(f.hi()), f.hi().span());
            int header = node(new Step.Nop());
            edge(cur, header);
            cur = header;
            emit(new Step.Flow(f.var().id(), List.of(), true));
            body(f.label(), header, f.body(), null);
            join(concat(List.of(header), breaks.remove(f.label())));
            return null;
        }
        if (e instanceof TExpr.LabeledBlock lb) {
            Integer result = carriesRefs.test(lb.type()) ? temp() : null;
            breaks.put(lb.label(), new ArrayList<>());
            if (result != null) {
                breakValues.put(lb.label(), result);
            }
            Integer v = eval(lb.body());
            if (result != null && v != null) {
                emit(new Step.Flow(result, List.of(new Step.Use(v, lb.span())), false));
            }
            breakValues.remove(lb.label());
            join(concat(List.of(cur), breaks.remove(lb.label())));
            return result;
        }
        if (e instanceof TExpr.Break b) {
            Integer v = eval(b.value());
            Integer to = breakValues.get(b.label());
            if (v != null && to != null) {
                emit(new Step.Flow(to, List.of(new Step.Use(v, b.span())), false));
            } else {
                use(v, b.span());
            }
            List<Integer> ends = breaks.get(b.label());
            if (ends != null) {
                ends.add(cur);
            }
            cur = -1;
            return null;
        }
        if (e instanceof TExpr.Continue c) {
            Integer to = continues.get(c.label());
            if (to != null) {
                edge(cur, to);
            }
            cur = -1;
            return null;
        }
        if (e instanceof TExpr.Return r) {
            use(eval(r.value()), r.span());
            cur = -1;
            return null;
        }
        // tuples, structs, arrays, arithmetic, intrinsics: the value carries its operands' loans
        List<Step.Use> from = new ArrayList<>();
        for (TExpr child : TExprs.children(e)) {
            // `..base` of a struct literal copies the fields it takes; the others stay in place (no move)
            boolean base = e instanceof TExpr.Construct c && child == c.base() && isPlaceExpr(child);
            Integer v = base ? read(child, true) : eval(child);
            if (v != null) {
                from.add(new Step.Use(v, child.span()));
            }
        }
        if (e.type() instanceof Type.Never) {
            cur = -1;
            return null;
        }
        boolean aggregate = e instanceof TExpr.Tuple || e instanceof TExpr.Construct || e instanceof TExpr.ArrayLit
                || e instanceof TExpr.ArrayRepeat;
        if (aggregate && carriesRefs.test(e.type())) {
            return flowTemp(from);
        }
        for (Step.Use u : from) {
            use(u.local(), u.span());
        }
        return null;
    }

    private void operand(TExpr e) {
        if (isPlaceExpr(e) && !isCopy.test(e.type())) {
            borrowForUse(e);
        } else {
            use(eval(e), e.span());
        }
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }

    private void assign(TExpr target, TExpr value, Span span, boolean overwrite) {
        Integer v = eval(value);
        PlaceRes p = place(target);
        if (p.place() == null) {
            use(p.temp(), span);
            use(v, span);
            return;
        }
        boolean whole = p.place().path().isEmpty();
        // a use of the root, unless the whole local is overwritten (then it is a definition)
        List<Step.Use> uses = whole && overwrite ? List.of() : rootUse(p, span);
        if (!overwrite) {
            // `x += v` reads `x` first: under a mutable borrow that is the use rustc reports (E0503)
            emit(new Step.Access(p.place(), Step.Kind.READ, p.shown(), span, uses));
        }
        // overwriting a value that is dropped first: rustc points at the place (the drop), else at the assignment
        Span at = overwrite && !isCopy.test(target.type()) && target.span() != null ? target.span() : span;
        emit(new Step.Access(p.place(), Step.Kind.WRITE, p.shown(), at, uses));
        if (p.place().hasDeref()) {
            use(v, span);
            return;
        }
        List<Step.Use> from = v == null ? List.of() : List.of(new Step.Use(v, span));
        if (whole && overwrite) {
            emit(new Step.Flow(p.place().local(), from, true));
        } else if (!from.isEmpty()) {
            emit(new Step.Flow(p.place().local(), from, false));
        }
    }

    private Integer call(TExpr.Call c) {
        List<TExpr> args = c.args();
        CallSignature sig = signatures.apply(c.function());
        Integer[] vals = new Integer[args.size()];
        Integer[] pointees = new Integer[args.size()];
        // a method's `&mut self` is a two-phase borrow: the other arguments are evaluated while it is only reserved
        boolean twoPhase = !args.isEmpty() && args.get(0) instanceof TExpr.AddrOf a && a.mutable() && a.span() != null
                && a.span().equals(a.place().span());
        for (int i = twoPhase ? 1 : 0; i < args.size(); i++) {
            vals[i] = arg(args.get(i), i, pointees, null);
        }
        if (twoPhase) {
            vals[0] = arg(args.get(0), 0, pointees, c.span());
        }
        storeThroughMutRefs(args, vals, sig);
        boolean resultRefs = carriesRefs.test(c.type());
        List<Step.Use> result = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Origin o = resultRefs ? sig.origin(i) : Origin.NONE;
            Integer src = o == Origin.VALUE ? vals[i] : o == Origin.POINTEE ? pointees[i] : null;
            if (src != null) {
                result.add(new Step.Use(src, args.get(i).span()));
            } else {
                use(vals[i], args.get(i).span());
            }
        }
        if (c.type() instanceof Type.Never) {
            cur = -1;
            return null;
        }
        return flowTemp(result);
    }

    /**
     * A method taking {@code &mut x} where {@code x} holds references may store its by-value arguments in
     * it ({@code refs.push(&v[0])}): {@code x} then holds their loans too.
     */
    private void storeThroughMutRefs(List<TExpr> args, Integer[] vals, CallSignature sig) {
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i) instanceof TExpr.AddrOf a && a.mutable() && a.place() instanceof TExpr.LocalRef l
                    && carriesRefs.test(l.type()))) {
                continue;
            }
            List<Step.Use> stored = new ArrayList<>();
            for (int j = 0; j < args.size(); j++) {
                if (j != i && vals[j] != null && sig.byValue(j)) {
                    stored.add(new Step.Use(vals[j], args.get(j).span()));
                }
            }
            if (!stored.isEmpty()) {
                emit(new Step.Flow(l.local().id(), stored, false));
            }
        }
    }

    /** One argument; {@code pointees[i]} receives the local whose loans its referent holds, if known. */
    private Integer arg(TExpr a, int i, Integer[] pointees, Span activation) {
        if (a instanceof TExpr.AddrOf ref) {
            Integer v = borrow(ref, activation, i == 0);
            if (ref.place() instanceof TExpr.LocalRef l) {
                pointees[i] = flowTemp(List.of(new Step.Use(l.local().id(), l.span())));
            } else if (ref.place() instanceof TExpr.Deref d && d.ref() instanceof TExpr.LocalRef l) {
                pointees[i] = flowTemp(List.of(new Step.Use(l.local().id(), l.span())));
            }
            return v;
        }
        Integer v = eval(a);
        pointees[i] = v;
        return v;
    }

    private Integer ifExpr(TExpr.If i) {
        use(eval(i.cond()), i.cond().span());
        Integer result = carriesRefs.test(i.type()) ? temp() : null;
        int branch = cur;
        Integer t = eval(i.then());
        into(result, t, i.then().span());
        int thenEnd = cur;
        cur = branch;
        if (i.otherwise() != null) {
            into(result, eval(i.otherwise()), i.otherwise().span());
        }
        join(List.of(thenEnd, cur));
        return result;
    }

    private void into(Integer result, Integer v, Span span) {
        if (result != null && v != null) {
            emit(new Step.Flow(result, List.of(new Step.Use(v, span)), true));
        } else {
            use(v, span);
        }
    }

    private Integer match(TExpr.Match m) {
        TExpr s = m.scrutinee();
        PlaceRes base = isPlaceExpr(s) ? place(s) : new PlaceRes(null, null, null, eval(s));
        Integer result = carriesRefs.test(m.type()) ? temp() : null;
        int entry = cur;
        List<Integer> ends = new ArrayList<>();
        for (TArm arm : m.arms()) {
            cur = entry;
            bind(arm.pat(), base.place(), base.shown(), base.temp(), base.rootSpan());
            if (arm.guard() != null) {
                use(eval(arm.guard()), arm.guard().span());
            }
            into(result, eval(arm.body()), arm.body().span());
            ends.add(cur);
        }
        if (m.arms().isEmpty()) {
            ends.add(cur);
        }
        join(ends);
        return result;
    }

    /**
     * Binds a pattern matched against {@code base} (a place, null when the scrutinee is a temporary whose loans
     * {@code value} holds): `ref` bindings borrow the matched part, by-value ones copy or move it.
     */
    private void bind(TPat p, Place base, String shown, Integer value, Span rootSpan) {
        if (p instanceof TPat.Binding b) {
            TLocal local = b.local();
            if (b.span() != null) {
                declSpans.put(local.id(), b.span());
            }
            if (b.mode() != TPat.BindMode.MOVE) {
                if (base != null) {
                    Loan loan = new Loan(nextLoan++, base, b.mode() == TPat.BindMode.REF_MUT, shown, b.span(), b.span(), null);
                    emit(new Step.Borrow(loan, local.id(), List.of(useOf(base.local(), rootSpan))));
                } else {
                    emit(new Step.Flow(local.id(), value == null ? List.of() : List.of(new Step.Use(value, b.span())), true));
                }
            } else if (base != null) {
                List<Step.Use> uses = List.of(useOf(base.local(), rootSpan));
                boolean move = !isCopy.test(b.type()) && !base.hasDeref();
                emit(new Step.Access(base, move ? Step.Kind.MOVE : Step.Kind.READ, shown, b.span(), uses));
                emit(new Step.Flow(local.id(), carriesRefs.test(b.type()) && !base.hasDeref() ? uses : List.of(), true));
            } else {
                emit(new Step.Flow(local.id(), value == null || !carriesRefs.test(b.type()) ? List.of()
                        : List.of(new Step.Use(value, b.span())), true));
            }
            if (b.sub() != null) {
                bind(b.sub(), base, shown, value, rootSpan);
            }
        } else if (p instanceof TPat.Tuple t) {
            for (int i = 0; i < t.elems().size(); i++) {
                bind(t.elems().get(i), base == null ? null : base.then(i), shown + "." + i, value, rootSpan);
            }
        } else if (p instanceof TPat.Variant v) {
            boolean isEnum = v.adt().def().isEnum();
            for (int i = 0; i < v.fields().size(); i++) {
                int proj = isEnum ? Place.variantField(v.variant(), i) : i;
                String field = isEnum ? "(" + shown + " as variant)." + i : shown + "." + i;
                bind(v.fields().get(i), base == null ? null : base.then(proj), field, value, rootSpan);
            }
        } else if (p instanceof TPat.Deref d) {
            bind(d.inner(), base == null ? null : base.then(Place.DEREF), "*" + shown, value, rootSpan);
        } else if (p instanceof TPat.Or o && !o.alts().isEmpty()) {
            bind(o.alts().get(0), base, shown, value, rootSpan);
        } else if (p instanceof TPat.Slice s) {
            Place elem = base == null ? null : base.then(Place.INDEX);
            for (TPat e : s.prefix()) {
                bind(e, elem, shown + "[_]", value, rootSpan);
            }
            for (TPat e : s.suffix()) {
                bind(e, elem, shown + "[_]", value, rootSpan);
            }
            if (s.rest() != null) {
                bind(s.rest(), elem, shown + "[_]", value, rootSpan);
            }
        }
    }

    /**
     * A block; the locals it declares go out of scope at its closing brace (a nested block only: the body's
     * own locals outlive everything checked, and a cell's become session variables).
     */
    private Integer block(TExpr.Block b, boolean nested) {
        List<TLocal> declared = new ArrayList<>();
        List<Integer> outerTemps = letTemps;
        letTemps = null; // the statements of a block free their own temporaries (only `let`s are followed)
        try {
            return blockBody(b, nested, declared, outerTemps);
        } finally {
            letTemps = outerTemps;
        }
    }

    private Integer blockBody(TExpr.Block b, boolean nested, List<TLocal> declared, List<Integer> outerTemps) {
        for (TStmt s : b.stmts()) {
            if (s instanceof TStmt.Let let) {
                let(let, declared);
            } else {
                use(eval(((TStmt.ExprStmt) s).expr()), b.span());
            }
        }
        letTemps = outerTemps; // the tail's temporaries live until the end of the enclosing statement
        Integer v = eval(b.tail());
        letTemps = null;
        Integer result = v;
        if (nested && v != null) {
            result = flowTemp(List.of(new Step.Use(v, b.tail().span())));
        }
        if (nested && b.span() != null && b.span().hi() > b.span().lo()) {
            Span close = new Span(b.span().file(), b.span().hi() - 1, b.span().hi());
            for (int i = declared.size() - 1; i >= 0; i--) {
                TLocal l = declared.get(i);
                if (!l.name().startsWith("__")) {
                    emit(new Step.Access(new Place(l.id(), List.of()), Step.Kind.DROP, l.name(), close, List.of()));
                }
            }
        }
        return result;
    }

    private void let(TStmt.Let let, List<TLocal> declared) {
        collect(let.pat(), declared);
        TLocal simple = let.local();
        if (let.init() == null) {
            if (simple != null) {
                declSpans.put(simple.id(), let.pat().span());
            }
            return;
        }
        if (simple != null) {
            Span saved = syntheticInit;
            if (simple.name().startsWith("__") && syntheticInit == null) {
                // a desugaring's local (`for x in &v` iterates `__seq`): rustc shows its borrows where it is written
                syntheticInit = let.init().span();
            }
            List<Integer> savedTemps = letTemps;
            // a desugaring's own `let`s (`for`'s `__seq`) bind temporaries on purpose: only the user's are followed
            letTemps = simple.name().startsWith("__") || syntheticInit != null ? null : new ArrayList<>();
            Integer v = eval(let.init());
            List<Integer> temps = letTemps == null ? List.of() : letTemps;
            letTemps = savedTemps;
            syntheticInit = saved;
            if (let.pat().span() != null) {
                declSpans.put(simple.id(), let.pat().span());
            }
            if (simple.name().startsWith("__") && let.init().span() != null) {
                syntheticSpans.put(simple.id(), let.init().span());
            }
            emit(new Step.Flow(simple.id(), v == null ? List.of() : List.of(new Step.Use(v, let.init().span())), true));
            Span end = let.init().span() == null ? null : new Span(let.init().span().file(), let.init().span().hi(),
                    let.init().span().hi() + 1);
            for (int t : temps) {
                emit(new Step.Access(new Place(t, List.of()), Step.Kind.DROP, "temporary value", end, List.of()));
            }
        } else {
            TExpr init = let.init();
            PlaceRes base = isPlaceExpr(init) ? place(init) : new PlaceRes(null, null, null, eval(init));
            if (let.elseBlock() != null) {
                int before = cur;
                eval(let.elseBlock());
                cur = before;
            }
            bind(let.pat(), base.place(), base.shown(), base.temp(), base.rootSpan());
        }
    }

    private static void collect(TPat p, List<TLocal> out) {
        if (p instanceof TPat.Binding b) {
            out.add(b.local());
            if (b.sub() != null) {
                collect(b.sub(), out);
            }
        } else if (p instanceof TPat.Tuple t) {
            t.elems().forEach(e -> collect(e, out));
        } else if (p instanceof TPat.Variant v) {
            v.fields().forEach(e -> collect(e, out));
        } else if (p instanceof TPat.Deref d) {
            collect(d.inner(), out);
        } else if (p instanceof TPat.Or o && !o.alts().isEmpty()) {
            collect(o.alts().get(0), out);
        } else if (p instanceof TPat.Slice s) {
            s.prefix().forEach(e -> collect(e, out));
            s.suffix().forEach(e -> collect(e, out));
            if (s.rest() != null) {
                collect(s.rest(), out);
            }
        }
    }

    // ---- loops ----

    /** A loop: its header is where `continue` and the back edge go; a `while` condition is evaluated there. */
    private Integer loop(int label, TExpr cond, TExpr body, boolean hasValue) {
        int header = node(new Step.Nop());
        edge(cur, header);
        cur = header;
        Integer result = hasValue ? temp() : null;
        List<Integer> exits = new ArrayList<>();
        if (cond != null) {
            use(eval(cond), cond.span());
            exits.add(cur);
        }
        body(label, header, body, result);
        join(concat(exits, breaks.remove(label)));
        return result;
    }

    private void body(int label, int header, TExpr body, Integer result) {
        continues.put(label, header);
        breaks.put(label, new ArrayList<>());
        if (result != null) {
            breakValues.put(label, result);
        }
        use(eval(body), body.span());
        edge(cur, header);
        cur = -1;
        continues.remove(label);
        breakValues.remove(label);
    }
}
