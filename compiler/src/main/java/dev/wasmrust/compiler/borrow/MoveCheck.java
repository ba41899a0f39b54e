package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The borrow phase's move check: a value of a type that is not {@code Copy} may be used by value once;
 * using a local (or a field of it) after it was moved is E0382, as rustc's borrow checker reports it.
 * Flow-sensitive over a checked function body: branches join (moved on any path counts), loops are
 * walked twice so that a move in one iteration meets a use in the next, assignments re-initialize, and
 * code after {@code return}, {@code break} or a panic is unreachable. Moves out of references and
 * indexing (E0507) are not checked here.
 */
public final class MoveCheck {
    /** A move of {@code path} ("x" or "x.0.name") of local {@code local} at {@code at}; {@code into} is the parameter it went to. */
    private record Move(int local, String path, Span at, boolean inLoop, Param into, Span loopHeader, String shown, Type type,
                        boolean inPattern, String implicitCall) {}

    /** While the operand of an implicit call is walked (`for x in v` is `IntoIterator::into_iter(v)`): its method. */
    private String currentImplicit;

    /** A function's parameter that takes ownership of an argument: the function's name and where they are written. */
    public record Param(String fnName, Span fnNameSpan, Span typeSpan) {}

    private final java.util.function.BiFunction<String, Integer, Param> params;
    private final java.util.function.UnaryOperator<Span> trimEnd;
    /** While an argument of a call is walked: the parameter it is passed to. */
    private Param currentParam;

    private final Predicate<Type> isCopy;
    private final Map<Integer, Span> declSpans = new HashMap<>();
    private final List<Diagnostic.Builder> errors = new ArrayList<>();
    private final Set<Span> reportedMoves = new HashSet<>();
    /** Moves made so far on the current path; null when the path is unreachable. */
    private Map<String, Move> state = new LinkedHashMap<>();
    /** States at the {@code break}s of the loops being walked, by label. */
    private final Map<Integer, List<Map<String, Move>>> breaks = new HashMap<>();
    private int loopDepth;
    /** Headers of the loops being walked, innermost last; and the loop depth at which each local was declared. */
    private final List<Span> loopHeaders = new ArrayList<>();
    private final Map<Integer, Integer> declDepth = new HashMap<>();
    private boolean secondPass;

    private MoveCheck(Predicate<Type> isCopy, java.util.function.BiFunction<String, Integer, Param> params,
                      java.util.function.UnaryOperator<Span> trimEnd) {
        this.isCopy = isCopy;
        this.params = params;
        this.trimEnd = trimEnd;
    }

    /** When collecting: the place expressions (locals and their fields) that are moved out of, by identity. */
    private Set<TExpr> sites;

    /**
     * The places (a local or a field path of one) that {@code fn} moves out of by value, by identity: where drop
     * elaboration clears a drop flag. Types for which {@code isCopy} holds are never moved.
     */
    public static Set<TExpr> moveSites(TFunction fn, Predicate<Type> isCopy) {
        MoveCheck m = new MoveCheck(isCopy, (s, i) -> null, sp -> sp);
        m.sites = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        m.value(fn.body());
        return m.sites;
    }

    /**
     * The E0382 errors of one function (in the order rustc reports them). {@code params} gives the parameter a
     * call's argument is passed to ({@code symbol}, index), or null.
     */
    public static List<Diagnostic.Builder> check(TFunction fn, Predicate<Type> isCopy,
                                                 java.util.function.BiFunction<String, Integer, Param> params,
                                                 java.util.function.UnaryOperator<Span> trimEnd) {
        MoveCheck m = new MoveCheck(isCopy, params, trimEnd);
        m.value(fn.body());
        return m.errors;
    }

    // ---- paths ----

    /** The local and the field path a place expression names, or null when it is not a local's place. */
    private record PlacePath(TLocal local, String path) {}

    private static PlacePath pathOf(TExpr e) {
        if (e instanceof TExpr.LocalRef l) {
            return new PlacePath(l.local(), l.local().name());
        }
        if (e instanceof TExpr.Field f) {
            PlacePath base = pathOf(f.base());
            return base == null ? null : new PlacePath(base.local(), base.path() + "." + f.index());
        }
        return null;
    }

    private static boolean overlaps(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    private static String key(int local, String path) {
        return local + ":" + path;
    }

    private Move movedOverlapping(PlacePath p) {
        if (state == null) {
            return null;
        }
        for (Move m : state.values()) {
            if (m.local() == p.local().id() && overlaps(m.path(), p.path())) {
                return m;
            }
        }
        return null;
    }

    /** A read or borrow of a place: an error if (part of) it was moved. */
    private void use(TExpr place, boolean borrow) {
        PlacePath p = pathOf(place);
        if (p == null) {
            return;
        }
        Move m = movedOverlapping(p);
        if (m == null || !reportedMoves.add(m.at())) {
            return;
        }
        String shown = shownPath(place);
        String what = borrow ? "borrow" : "use";
        boolean partial = !m.path().equals(p.path()) && m.path().startsWith(p.path() + ".");
        boolean sameSite = m.at().equals(place.span());
        Diagnostic.Builder b = Diagnostic.error("E0382", what + " of " + (partial ? "partially moved" : "moved") + " value: `" + shown + "`");
        String previous = m.inLoop() && secondPass ? ", in previous iteration of loop" : "";
        String movedHere = m.implicitCall() != null
                ? "`" + m.shown() + "` " + (partial ? "partially " : "") + "moved due to this implicit call to `." + m.implicitCall() + "()`" + previous
                : "value " + (partial ? "partially " : "") + "moved here" + previous;
        if (sameSite) {
            b.primary(place.span(), movedHere);
        } else {
            b.primary(place.span(), "value " + (borrow ? "borrowed" : "used") + " here after " + (partial ? "partial move" : "move"))
                    .secondary(m.at(), movedHere);
        }
        if (m.loopHeader() != null) {
            b.secondary(m.loopHeader(), "inside of this loop");
        }
        Span decl = declSpans.get(p.local().id());
        if (decl != null && !partial) {
            b.secondary(decl, "move occurs because `" + shown + "` has type `" + place.type() + "`, which does not implement the `Copy` trait");
        }
        if (partial) {
            b.note("partial move occurs because " + (m.shown() != null ? "`" + m.shown() + "`" : "value") + " has type `" + m.type()
                    + "`, which does not implement the `Copy` trait");
        }
        if (m.into() != null) {
            b.noteAt("consider changing this parameter type in function `" + m.into().fnName()
                    + "` to borrow instead if owning the value isn't necessary", List.of(
                    new dev.wasmrust.compiler.diag.Label(m.into().typeSpan(), "this parameter takes ownership of the value", true),
                    new dev.wasmrust.compiler.diag.Label(m.into().fnNameSpan(), "in this function", false)));
        }
        if (m.implicitCall() != null) {
            b.note("`" + m.implicitCall() + "` takes ownership of the receiver `self`, which moves `" + m.shown() + "`");
            b.suggestion(m.at().shrinkToLo(), "consider iterating over a slice of the `" + m.type()
                    + "`'s content to avoid moving into the `for` loop", "&");
        } else if (m.inPattern()) {
            b.suggestion(m.at().shrinkToLo(), "borrow this binding in the pattern to avoid moving the value", "ref ");
        } else if (!partial) {
            b.suggestion(m.at().shrinkToHi(), "consider cloning the value if the performance cost is acceptable", ".clone()");
        }
        errors.add(b);
    }

    /** The place as rustc names it in the message: `x`, `p.name`, `t.0`. */
    /** A loop's header (`for i in 0..3`, `while x`, `loop`): from its start to its body, trailing blanks trimmed. */
    private Span header(Span loop, Span body) {
        if (loop == null || body == null || body.lo() <= loop.lo() || body.lo() > loop.hi()) {
            return null;
        }
        return trimEnd.apply(new Span(loop.file(), loop.lo(), body.lo()));
    }

    private static String shownPath(TExpr e) {
        if (e instanceof TExpr.LocalRef l) {
            return l.local().name();
        }
        if (e instanceof TExpr.Field f) {
            String base = shownPath(f.base());
            Type bt = f.base().type();
            String field = String.valueOf(f.index());
            if (bt instanceof Type.Adt a && !a.def().isEnum()) {
                String n = a.def().struct().fields().get(f.index()).name();
                field = n != null ? n : field;
            }
            return base + "." + field;
        }
        return "value";
    }

    private void move(TExpr place) {
        use(place, false);
        PlacePath p = pathOf(place);
        if (sites != null && p != null && !isCopy.test(place.type())) {
            sites.add(place);
        }
        if (p == null || state == null || isCopy.test(place.type())) {
            return;
        }
        record(p, place.span(), shownPath(place), place.type(), false);
    }

    private void record(PlacePath p, Span at, String shown, Type type, boolean inPattern) {
        if (state == null) {
            return;
        }
        int declared = declDepth.getOrDefault(p.local().id(), 0);
        Span header = loopDepth > declared && !loopHeaders.isEmpty() ? loopHeaders.get(loopHeaders.size() - 1) : null;
        state.put(key(p.local().id(), p.path()), new Move(p.local().id(), p.path(), at, loopDepth > 0, currentParam, header, shown, type,
                inPattern, currentImplicit));
    }

    /** The parts of a place that a pattern binds by value (and that are not Copy) are moved out of it. */
    private void patternMoves(TPat pat, PlacePath base, String shown) {
        if (pat instanceof TPat.Binding b) {
            if (b.mode() == TPat.BindMode.MOVE && !isCopy.test(b.type())) {
                if (b.span() != null) {
                    record(base, b.span(), shown, b.type(), true);
                }
            } else if (b.sub() != null) {
                patternMoves(b.sub(), base, shown);
            }
        } else if (pat instanceof TPat.Tuple t) {
            for (int i = 0; i < t.elems().size(); i++) {
                patternMoves(t.elems().get(i), new PlacePath(base.local(), base.path() + "." + i), shown == null ? null : shown + "." + i);
            }
        } else if (pat instanceof TPat.Variant v) {
            boolean isEnum = v.adt().def().isEnum();
            for (int i = 0; i < v.fields().size(); i++) {
                String field = isEnum ? null : v.adt().def().struct().fields().get(i).name();
                patternMoves(v.fields().get(i), new PlacePath(base.local(), base.path() + (isEnum ? ".v" + v.variant() : "") + "." + i),
                        isEnum || shown == null ? null : shown + "." + (field != null ? field : String.valueOf(i)));
            }
        } else if (pat instanceof TPat.Or o && !o.alts().isEmpty()) {
            patternMoves(o.alts().get(0), base, shown);
        }
    }

    /** An assignment to a place re-initializes it (and everything below it). */
    private void reinit(TExpr place) {
        PlacePath p = pathOf(place);
        if (p == null || state == null) {
            return;
        }
        state.values().removeIf(m -> m.local() == p.local().id() && (m.path().equals(p.path()) || m.path().startsWith(p.path() + ".")));
    }

    // ---- states ----

    private static Map<String, Move> copy(Map<String, Move> s) {
        return s == null ? null : new LinkedHashMap<>(s);
    }

    private static Map<String, Move> join(Map<String, Move> a, Map<String, Move> b) {
        if (a == null) {
            return copy(b);
        }
        if (b == null) {
            return copy(a);
        }
        Map<String, Move> out = new LinkedHashMap<>(a);
        b.forEach(out::putIfAbsent);
        return out;
    }

    // ---- expressions ----

    private static boolean isPlace(TExpr e) {
        return e instanceof TExpr.LocalRef || e instanceof TExpr.Field || e instanceof TExpr.Deref || e instanceof TExpr.Index;
    }

    /** An expression evaluated for its value: a place of a non-Copy type is moved. */
    private void value(TExpr e) {
        if (e == null) {
            return;
        }
        if (e instanceof TExpr.LocalRef || e instanceof TExpr.Field) {
            placeInner(e);
            move(e);
            return;
        }
        if (e instanceof TExpr.Deref d) {
            value(d.ref());
            return;
        }
        if (e instanceof TExpr.Index ix) {
            borrowPlace(ix.base());
            value(ix.index());
            return;
        }
        if (e instanceof TExpr.AddrOf a) {
            borrowPlace(a.place());
            return;
        }
        if (e instanceof TExpr.Assign a) {
            value(a.value());
            assignTarget(a.place());
            return;
        }
        if (e instanceof TExpr.CompoundAssign a) {
            value(a.value());
            borrowPlace(a.place());
            return;
        }
        if (e instanceof TExpr.Binary b) {
            if (b.op().isComparison()) {
                operandByRef(b.lhs());
                operandByRef(b.rhs());
            } else if (b.op().isLazy()) {
                value(b.lhs());
                Map<String, Move> before = copy(state);
                value(b.rhs());
                state = join(before, state);
            } else {
                value(b.lhs());
                value(b.rhs());
            }
            return;
        }
        if (e instanceof TExpr.Format f) {
            f.args().forEach(this::operandByRef);
            return;
        }
        if (e instanceof TExpr.FormatString f) {
            f.args().forEach(this::operandByRef);
            return;
        }
        if (e instanceof TExpr.Panic p) {
            p.args().forEach(this::operandByRef);
            state = null;
            return;
        }
        if (e instanceof TExpr.Exit x) {
            value(x.code());
            state = null;
            return;
        }
        if (e instanceof TExpr.Call c) {
            for (int i = 0; i < c.args().size(); i++) {
                TExpr arg = c.args().get(i);
                currentParam = arg instanceof TExpr.LocalRef || arg instanceof TExpr.Field ? params.apply(c.function(), i) : null;
                // a call written nowhere (its span is its operand's): the `into_iter` of a `for` loop
                boolean implicit = c.args().size() == 1 && arg.span() != null && arg.span().equals(c.span());
                currentImplicit = implicit ? c.function().substring(c.function().lastIndexOf(':') + 1) : null;
                value(arg);
                currentImplicit = null;
                currentParam = null;
            }
            if (c.type() instanceof Type.Never) {
                state = null;
            }
            return;
        }
        if (e instanceof TExpr.CallValue c) {
            operandByRef(c.callee());
            c.args().forEach(this::value);
            return;
        }
        if (e instanceof TExpr.Construct c) {
            c.fields().forEach(this::value);
            if (c.base() != null) {
                operandByRef(c.base());
            }
            return;
        }
        if (e instanceof TExpr.Block b) {
            block(b);
            return;
        }
        if (e instanceof TExpr.If i) {
            value(i.cond());
            Map<String, Move> afterCond = copy(state);
            value(i.then());
            Map<String, Move> afterThen = state;
            state = afterCond;
            if (i.otherwise() != null) {
                value(i.otherwise());
            }
            state = join(afterThen, state);
            return;
        }
        if (e instanceof TExpr.Match m) {
            match(m);
            return;
        }
        if (e instanceof TExpr.Loop l) {
            loopHeaders.add(header(l.span(), l.body().span()));
            loop(l.label(), null, l.body(), false);
            loopHeaders.remove(loopHeaders.size() - 1);
            return;
        }
        if (e instanceof TExpr.While w) {
            loopHeaders.add(header(w.span(), w.body().span()));
            loop(w.label(), w.cond(), w.body(), true);
            loopHeaders.remove(loopHeaders.size() - 1);
            return;
        }
        if (e instanceof TExpr.ForRange f) {
            value(f.lo());
            value(f.hi());
            loopHeaders.add(header(f.span(), f.body().span()));
            loop(f.label(), null, f.body(), true);
            loopHeaders.remove(loopHeaders.size() - 1);
            return;
        }
        if (e instanceof TExpr.LabeledBlock lb) {
            breaks.put(lb.label(), new ArrayList<>());
            value(lb.body());
            for (Map<String, Move> s : breaks.remove(lb.label())) {
                state = join(state, s);
            }
            return;
        }
        if (e instanceof TExpr.Break b) {
            value(b.value());
            List<Map<String, Move>> at = breaks.get(b.label());
            if (at != null && state != null) {
                at.add(copy(state));
            }
            state = null;
            return;
        }
        if (e instanceof TExpr.Continue) {
            state = null;
            return;
        }
        if (e instanceof TExpr.Return r) {
            value(r.value());
            state = null;
            return;
        }
        for (TExpr child : dev.wasmrust.compiler.thir.TExprs.children(e)) {
            value(child);
        }
        if (e.type() instanceof Type.Never) {
            state = null;
        }
    }

    /** A comparison operand, a formatted argument, a called closure: used through a reference. */
    private void operandByRef(TExpr e) {
        if (isPlace(e)) {
            borrowPlace(e);
        } else {
            value(e);
        }
    }

    /** A place borrowed or read through: its sub-expressions are evaluated, then it must not be moved. */
    private void borrowPlace(TExpr p) {
        placeInner(p);
        use(p, true);
    }

    /** The expressions a place's address depends on (indices, dereferenced pointers). */
    private void placeInner(TExpr p) {
        if (p instanceof TExpr.Field f) {
            placeInner(f.base());
        } else if (p instanceof TExpr.Index ix) {
            borrowPlace(ix.base());
            value(ix.index());
        } else if (p instanceof TExpr.Deref d) {
            if (isPlace(d.ref())) {
                borrowPlace(d.ref());
            } else {
                value(d.ref());
            }
        } else if (!(p instanceof TExpr.LocalRef)) {
            value(p);
        }
    }

    private void assignTarget(TExpr place) {
        if (pathOf(place) != null) {
            placeInner(place instanceof TExpr.Field f ? f.base() : place);
            reinit(place);
        } else {
            placeInner(place);
        }
    }

    private void block(TExpr.Block b) {
        for (TStmt s : b.stmts()) {
            if (s instanceof TStmt.Let let) {
                if (let.init() != null) {
                    bindFrom(let.init(), List.of(let.pat()));
                }
                if (let.elseBlock() != null) {
                    Map<String, Move> before = copy(state);
                    value(let.elseBlock());
                    state = before;
                }
                declare(let.pat());
            } else {
                value(((TStmt.ExprStmt) s).expr());
            }
        }
        value(b.tail());
    }

    /** A scrutinee matched against patterns: moved if a pattern binds (part of) it by value. */
    private void bindFrom(TExpr scrutinee, List<TPat> pats) {
        boolean moves = false;
        for (TPat p : pats) {
            moves |= movesOut(p);
        }
        PlacePath path = pathOf(scrutinee);
        boolean whole = pats.stream().anyMatch(p -> p instanceof TPat.Binding b && b.sub() == null && b.mode() == TPat.BindMode.MOVE);
        if (!isPlace(scrutinee) || moves && (whole || path == null)) {
            value(scrutinee);
        } else {
            borrowPlace(scrutinee);
            if (moves) {
                for (TPat p : pats) {
                    patternMoves(p, path, shownPath(scrutinee));
                }
            }
        }
    }

    private boolean movesOut(TPat p) {
        if (p instanceof TPat.Binding b) {
            return b.mode() == TPat.BindMode.MOVE && !isCopy.test(b.type()) || b.sub() != null && movesOut(b.sub());
        }
        if (p instanceof TPat.Tuple t) {
            return t.elems().stream().anyMatch(this::movesOut);
        }
        if (p instanceof TPat.Variant v) {
            return v.fields().stream().anyMatch(this::movesOut);
        }
        if (p instanceof TPat.Or o) {
            return o.alts().stream().anyMatch(this::movesOut);
        }
        if (p instanceof TPat.Slice s) {
            return s.prefix().stream().anyMatch(this::movesOut) || s.suffix().stream().anyMatch(this::movesOut)
                    || s.rest() != null && movesOut(s.rest());
        }
        return false; // through a reference (TPat.Deref) nothing is moved out of the scrutinee
    }

    private void declare(TPat p) {
        if (p instanceof TPat.Binding b) {
            if (b.span() != null) {
                declSpans.put(b.local().id(), b.span());
            }
            declDepth.put(b.local().id(), loopDepth);
            if (state != null) {
                String prefix = b.local().id() + ":";
                state.keySet().removeIf(k -> k.startsWith(prefix));
            }
            if (b.sub() != null) {
                declare(b.sub());
            }
        } else if (p instanceof TPat.Tuple t) {
            t.elems().forEach(this::declare);
        } else if (p instanceof TPat.Variant v) {
            v.fields().forEach(this::declare);
        } else if (p instanceof TPat.Or o) {
            o.alts().forEach(this::declare);
        } else if (p instanceof TPat.Deref d) {
            declare(d.inner());
        } else if (p instanceof TPat.Slice s) {
            s.prefix().forEach(this::declare);
            s.suffix().forEach(this::declare);
            if (s.rest() != null) {
                declare(s.rest());
            }
        }
    }

    private void match(TExpr.Match m) {
        bindFrom(m.scrutinee(), m.arms().stream().map(TArm::pat).toList());
        Map<String, Move> entry = copy(state);
        Map<String, Move> out = null;
        boolean any = false;
        for (TArm arm : m.arms()) {
            state = copy(entry);
            declare(arm.pat());
            if (arm.guard() != null) {
                value(arm.guard());
            }
            value(arm.body());
            out = any ? join(out, state) : state;
            any = true;
        }
        state = any ? out : entry;
    }

    /** A loop body walked twice: a move in one iteration is a use-after-move in the next. */
    private void loop(int label, TExpr cond, TExpr body, boolean mayNotRun) {
        Map<String, Move> entry = copy(state);
        breaks.put(label, new ArrayList<>());
        loopDepth++;
        boolean savedPass = secondPass;
        Map<String, Move> exits = null;
        Map<String, Move> end = null;
        for (int pass = 0; pass < 2; pass++) {
            secondPass = pass == 1;
            state = pass == 0 ? copy(entry) : join(entry, end);
            if (cond != null) {
                value(cond);
                exits = join(exits, state);
            }
            value(body);
            end = join(end, state);
        }
        secondPass = savedPass;
        loopDepth--;
        Map<String, Move> after = mayNotRun ? join(entry, exits) : null;
        for (Map<String, Move> s : breaks.remove(label)) {
            after = join(after, s);
        }
        state = after;
    }
}
