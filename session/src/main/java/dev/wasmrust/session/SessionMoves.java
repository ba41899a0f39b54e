package dev.wasmrust.session;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TExprs;
import dev.wasmrust.compiler.thir.TStmt;
import dev.wasmrust.compiler.types.CellSpec;
import dev.wasmrust.compiler.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves of whole session variables across cells (the compiler's own borrow checker sees one function; a
 * variable moved by an earlier cell is outside it). A non-{@code Copy} variable used by value (passed,
 * assigned, returned, captured by a move closure) is moved by the cell; a later use of it is E0382,
 * pointing at the use and at the earlier cell's move.
 */
final class SessionMoves {
    enum Kind { MOVE, BORROW, ASSIGN }

    /** A use of local {@code local} (an external's id, or one of the cell's top-level bindings). */
    record Use(int local, Kind kind, Span span) {}

    private final List<Use> uses = new ArrayList<>();
    private final java.util.Set<Integer> topLevel = new java.util.HashSet<>();

    private SessionMoves() {}

    /**
     * Every use of a session variable in the cell function's body, in evaluation order: those of earlier
     * cells and the cell's own top-level bindings (which become session variables).
     */
    static List<Use> uses(TExpr body) {
        SessionMoves m = new SessionMoves();
        if (body instanceof TExpr.Block b) {
            for (TStmt s : b.stmts()) {
                if (s instanceof TStmt.Let let) {
                    bindings(let.pat(), m.topLevel);
                }
            }
        }
        m.visit(body, true);
        return m.uses;
    }

    private boolean tracked(int id) {
        return CellSpec.externalIndex(id) >= 0 || topLevel.contains(id);
    }

    private static void bindings(dev.wasmrust.compiler.thir.TPat p, java.util.Set<Integer> out) {
        if (p instanceof dev.wasmrust.compiler.thir.TPat.Binding b) {
            out.add(b.local().id());
            if (b.sub() != null) {
                bindings(b.sub(), out);
            }
        } else if (p instanceof dev.wasmrust.compiler.thir.TPat.Tuple t) {
            t.elems().forEach(e -> bindings(e, out));
        } else if (p instanceof dev.wasmrust.compiler.thir.TPat.Variant v) {
            v.fields().forEach(e -> bindings(e, out));
        } else if (p instanceof dev.wasmrust.compiler.thir.TPat.Deref d) {
            bindings(d.inner(), out);
        } else if (p instanceof dev.wasmrust.compiler.thir.TPat.Slice sl) {
            sl.prefix().forEach(e -> bindings(e, out));
            if (sl.rest() != null) {
                bindings(sl.rest(), out);
            }
            sl.suffix().forEach(e -> bindings(e, out));
        }
    }

    private void visit(TExpr e, boolean byValue) {
        if (e == null) {
            return;
        }
        if (e instanceof TExpr.LocalRef l) {
            if (tracked(l.local().id())) {
                uses.add(new Use(l.local().id(), byValue && !isCopy(l.local().type()) ? Kind.MOVE : Kind.BORROW, l.span()));
            }
        } else if (e instanceof TExpr.AddrOf a) {
            visit(a.place(), false);
        } else if (e instanceof TExpr.Field f) {
            visit(f.base(), false);
        } else if (e instanceof TExpr.Index i) {
            visit(i.base(), false);
            visit(i.index(), true);
        } else if (e instanceof TExpr.Deref d) {
            visit(d.ref(), false);
        } else if (e instanceof TExpr.Assign a) {
            visit(a.value(), true);
            if (a.place() instanceof TExpr.LocalRef l && tracked(l.local().id())) {
                uses.add(new Use(l.local().id(), Kind.ASSIGN, l.span()));
            } else {
                visit(a.place(), false);
            }
        } else if (e instanceof TExpr.CompoundAssign a) {
            visit(a.place(), false);
            visit(a.value(), true);
        } else if (e instanceof TExpr.Match m) {
            visit(m.scrutinee(), false);
            for (TArm arm : m.arms()) {
                visit(arm.guard(), true);
                visit(arm.body(), true);
            }
        } else if (e instanceof TExpr.Format || e instanceof TExpr.FormatString || e instanceof TExpr.Panic) {
            // formatting takes its arguments by reference
            for (TExpr c : TExprs.children(e)) {
                visit(c, false);
            }
        } else if (e instanceof TExpr.CallValue cv) {
            // calling a closure or function value borrows it (an FnOnce call would move it; rare at the top level)
            visit(cv.callee(), false);
            for (TExpr a : cv.args()) {
                visit(a, true);
            }
        } else if (e instanceof TExpr.Binary b && b.op().isComparison()) {
            visit(b.lhs(), false);
            visit(b.rhs(), false);
        } else if (e instanceof TExpr.Block b) {
            for (TStmt s : b.stmts()) {
                if (s instanceof TStmt.Let let) {
                    visit(let.init(), true);
                    visit(let.elseBlock(), true);
                } else {
                    visit(((TStmt.ExprStmt) s).expr(), true);
                }
            }
            visit(b.tail(), true);
        } else {
            for (TExpr c : TExprs.children(e)) {
                visit(c, true);
            }
        }
    }

    /** Whether values of this type are copied rather than moved. */
    static boolean isCopy(Type t) {
        if (Type.isCopyScalar(t) || t instanceof Type.FnDef || t instanceof Type.Error) {
            return true;
        }
        if (t instanceof Type.Ref r) {
            return !r.mutable();
        }
        if (t instanceof Type.Tuple tu) {
            return tu.elems().stream().allMatch(SessionMoves::isCopy);
        }
        if (t instanceof Type.Array a) {
            return isCopy(a.elem());
        }
        if (t instanceof Type.Closure c) {
            // a closure is Copy when everything it captured is (shared references included)
            return c.captures().stream().allMatch(SessionMoves::isCopy);
        }
        if (t instanceof Type.Adt a) {
            return a.def().derives().contains("Copy");
        }
        return false;
    }

    /**
     * E0382 for uses of variables an earlier cell moved; null when there are none. {@code moved} maps an
     * external's index to where it was moved.
     */
    static List<Diagnostic> errors(List<Use> uses, Map<Integer, Variable> externals,
                                   dev.wasmrust.compiler.source.SourceMap sources) {
        List<Diagnostic> out = new ArrayList<>();
        for (Use u : uses) {
            Variable v = externals.get(CellSpec.externalIndex(u.local()));
            if (v == null || v.movedAt() == null || u.kind() == Kind.ASSIGN) {
                continue;
            }
            boolean borrow = u.kind() == Kind.BORROW;
            Span at = u.span();
            String text = sources.file(at).text();
            if (at.lo() < text.length() && text.charAt(at.lo()) == '{') {
                // an argument inlined in a format string (`{s1}`): rustc points at the name
                at = new Span(at.file(), at.lo() + 1, at.lo() + 1 + v.name().length());
            }
            out.add(Diagnostic.error("E0382", (borrow ? "borrow" : "use") + " of moved value: `" + v.name() + "`")
                    .primary(at, "value " + (borrow ? "borrowed" : "used") + " here after move")
                    .noteAt(v.movedAt(), "value moved here, in cell " + v.movedInCell())
                    .note("move occurs because `" + v.name() + "` has type `" + v.typeName()
                            + "`, which does not implement the `Copy` trait")
                    .build());
            break; // rustc reports a moved variable once; later uses would only repeat it
        }
        return out;
    }

    /** The variables (by local id) this cell moves, with where: moved and not assigned again afterwards. */
    static Map<Integer, Span> movedByCell(List<Use> uses) {
        Map<Integer, Span> out = new LinkedHashMap<>();
        for (Use u : uses) {
            if (u.kind() == Kind.MOVE) {
                out.putIfAbsent(u.local(), u.span());
            } else if (u.kind() == Kind.ASSIGN) {
                out.remove(u.local());
            }
        }
        return out;
    }
}
