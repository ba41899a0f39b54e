package dev.wasmrust.compiler.thir;

import java.util.ArrayList;
import java.util.List;

/** Structural helpers over typed expressions. */
public final class TExprs {
    private TExprs() {}

    /** The direct sub-expressions of {@code e}, in evaluation order (statements' expressions included). */
    public static List<TExpr> children(TExpr e) {
        List<TExpr> out = new ArrayList<>();
        if (e instanceof TExpr.Assign a) {
            out.add(a.place());
            out.add(a.value());
        } else if (e instanceof TExpr.CompoundAssign a) {
            out.add(a.place());
            out.add(a.value());
        } else if (e instanceof TExpr.Call c) {
            out.addAll(c.args());
        } else if (e instanceof TExpr.Intrinsic c) {
            out.addAll(c.args());
        } else if (e instanceof TExpr.Closure c) {
            out.addAll(c.captures());
        } else if (e instanceof TExpr.CallValue c) {
            out.add(c.callee());
            out.addAll(c.args());
        } else if (e instanceof TExpr.If i) {
            out.add(i.cond());
            out.add(i.then());
            add(out, i.otherwise());
        } else if (e instanceof TExpr.Loop l) {
            out.add(l.body());
        } else if (e instanceof TExpr.While w) {
            out.add(w.cond());
            out.add(w.body());
        } else if (e instanceof TExpr.ForRange f) {
            out.add(f.lo());
            out.add(f.hi());
            out.add(f.body());
        } else if (e instanceof TExpr.LabeledBlock l) {
            out.add(l.body());
        } else if (e instanceof TExpr.Break b) {
            add(out, b.value());
        } else if (e instanceof TExpr.Return r) {
            add(out, r.value());
        } else if (e instanceof TExpr.Format f) {
            out.addAll(f.args());
        } else if (e instanceof TExpr.FormatString f) {
            out.addAll(f.args());
        } else if (e instanceof TExpr.Panic p) {
            out.addAll(p.args());
            add(out, p.location());
        } else if (e instanceof TExpr.Exit x) {
            out.add(x.code());
        } else if (e instanceof TExpr.Unary u) {
            out.add(u.operand());
        } else if (e instanceof TExpr.Binary b) {
            out.add(b.lhs());
            out.add(b.rhs());
        } else if (e instanceof TExpr.Cast c) {
            out.add(c.expr());
        } else if (e instanceof TExpr.Block b) {
            for (TStmt s : b.stmts()) {
                if (s instanceof TStmt.Let l) {
                    add(out, l.init());
                    add(out, l.elseBlock());
                } else {
                    out.add(((TStmt.ExprStmt) s).expr());
                }
            }
            add(out, b.tail());
        } else if (e instanceof TExpr.Tuple t) {
            out.addAll(t.elems());
        } else if (e instanceof TExpr.Construct c) {
            for (TExpr f : c.fields()) {
                add(out, f);
            }
            add(out, c.base());
        } else if (e instanceof TExpr.Field f) {
            out.add(f.base());
        } else if (e instanceof TExpr.Deref d) {
            out.add(d.ref());
        } else if (e instanceof TExpr.AddrOf a) {
            out.add(a.place());
        } else if (e instanceof TExpr.Index i) {
            out.add(i.base());
            out.add(i.index());
        } else if (e instanceof TExpr.ArrayLit a) {
            out.addAll(a.elems());
        } else if (e instanceof TExpr.ArrayRepeat r) {
            out.add(r.value());
        } else if (e instanceof TExpr.Unsize u) {
            out.add(u.ref());
        } else if (e instanceof TExpr.Match m) {
            out.add(m.scrutinee());
            for (TArm a : m.arms()) {
                add(out, a.guard());
                out.add(a.body());
            }
        }
        return out;
    }

    private static void add(List<TExpr> out, TExpr e) {
        if (e != null) {
            out.add(e);
        }
    }
}
