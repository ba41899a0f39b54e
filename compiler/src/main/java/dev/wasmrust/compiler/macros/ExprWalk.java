package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.Expr.*;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds an expression with the macro calls in it expanded (one case per kind of expression). */
final class ExprWalk {
    private ExprWalk() {}

    static Expr walk(Expr e, Expander x, MacroScope s, int d) {
        if (e instanceof MacroCallExpr m) {
            return x.macroExpr(m, s, d);
        }
        if (e instanceof LitExpr || e instanceof PathExpr || e instanceof Continue || e instanceof Underscore
                || e instanceof Expr.Error) {
            return e;
        }
        if (e instanceof Unary u) {
            return new Unary(u.attrs(), u.op(), x.expr(u.operand(), s, d), u.span());
        }
        if (e instanceof Binary b) {
            return new Binary(b.attrs(), b.op(), x.expr(b.lhs(), s, d), x.expr(b.rhs(), s, d), b.opSpan(), b.span());
        }
        if (e instanceof Assign a) {
            return new Assign(a.attrs(), x.expr(a.lhs(), s, d), x.expr(a.rhs(), s, d), a.opSpan(), a.span());
        }
        if (e instanceof AssignOp a) {
            return new AssignOp(a.attrs(), a.op(), x.expr(a.lhs(), s, d), x.expr(a.rhs(), s, d), a.opSpan(), a.span());
        }
        if (e instanceof Call c) {
            return new Call(c.attrs(), x.expr(c.callee(), s, d), x.exprsOf(c.args(), s, d), c.span());
        }
        if (e instanceof MethodCall m) {
            return new MethodCall(m.attrs(), x.expr(m.receiver(), s, d), m.method(), x.exprsOf(m.args(), s, d), m.span());
        }
        if (e instanceof Field f) {
            return new Field(f.attrs(), x.expr(f.base(), s, d), f.field(), f.span());
        }
        if (e instanceof TupleField f) {
            return new TupleField(f.attrs(), x.expr(f.base(), s, d), f.index(), f.indexSpan(), f.span());
        }
        if (e instanceof Index i) {
            return new Index(i.attrs(), x.expr(i.base(), s, d), x.expr(i.index(), s, d), i.span());
        }
        if (e instanceof Range r) {
            return new Range(r.attrs(), x.expr(r.lo(), s, d), x.expr(r.hi(), s, d), r.inclusive(), r.span());
        }
        if (e instanceof Cast c) {
            return new Cast(c.attrs(), x.expr(c.expr(), s, d), c.ty(), c.span());
        }
        if (e instanceof AddrOf a) {
            return new AddrOf(a.attrs(), a.mutability(), a.raw(), x.expr(a.expr(), s, d), a.span());
        }
        if (e instanceof If i) {
            return new If(i.attrs(), x.expr(i.cond(), s, d), x.blockOf(i.then(), s, d), x.expr(i.elseExpr(), s, d), i.span());
        }
        if (e instanceof Let l) {
            return new Let(l.attrs(), x.pat(l.pat(), s, d), x.expr(l.scrutinee(), s, d), l.span());
        }
        if (e instanceof While w) {
            return new While(w.attrs(), w.label(), x.expr(w.cond(), s, d), x.blockOf(w.body(), s, d), w.span());
        }
        if (e instanceof Loop l) {
            return new Loop(l.attrs(), l.label(), x.blockOf(l.body(), s, d), l.span());
        }
        if (e instanceof ForLoop f) {
            return new ForLoop(f.attrs(), f.label(), x.pat(f.pat(), s, d), x.expr(f.iter(), s, d), x.blockOf(f.body(), s, d),
                    f.span());
        }
        if (e instanceof Match m) {
            List<MatchArm> arms = new ArrayList<>(m.arms().size());
            for (MatchArm a : m.arms()) {
                arms.add(new MatchArm(a.attrs(), x.pat(a.pat(), s, d), x.expr(a.guard(), s, d), x.expr(a.body(), s, d), a.span()));
            }
            return new Match(m.attrs(), x.expr(m.scrutinee(), s, d), arms, m.span());
        }
        if (e instanceof BlockExpr b) {
            return new BlockExpr(b.attrs(), b.label(), b.kind(), x.blockOf(b.block(), s, d), b.span());
        }
        if (e instanceof AsyncBlock b) {
            return new AsyncBlock(b.attrs(), b.isMove(), x.blockOf(b.block(), s, d), b.span());
        }
        if (e instanceof Await a) {
            return new Await(a.attrs(), x.expr(a.expr(), s, d), a.span());
        }
        if (e instanceof Closure c) {
            List<ClosureParam> ps = new ArrayList<>(c.params().size());
            for (ClosureParam p : c.params()) {
                ps.add(new ClosureParam(p.attrs(), x.pat(p.pat(), s, d), p.ty(), p.span()));
            }
            return new Closure(c.attrs(), c.isMove(), c.isAsync(), ps, c.ret(), x.expr(c.body(), s, d), c.span());
        }
        if (e instanceof Break b) {
            return new Break(b.attrs(), b.label(), x.expr(b.value(), s, d), b.span());
        }
        if (e instanceof Return r) {
            return new Return(r.attrs(), x.expr(r.value(), s, d), r.span());
        }
        if (e instanceof Try t) {
            return new Try(t.attrs(), x.expr(t.expr(), s, d), t.span());
        }
        if (e instanceof Tuple t) {
            return new Tuple(t.attrs(), x.exprsOf(t.elems(), s, d), t.span());
        }
        if (e instanceof Array a) {
            return new Array(a.attrs(), x.exprsOf(a.elems(), s, d), a.span());
        }
        if (e instanceof Repeat r) {
            return new Repeat(r.attrs(), x.expr(r.elem(), s, d), x.expr(r.count(), s, d), r.span());
        }
        if (e instanceof StructLit sl) {
            List<FieldInit> fs = new ArrayList<>(sl.fields().size());
            for (FieldInit f : sl.fields()) {
                fs.add(new FieldInit(f.attrs(), f.name(), x.expr(f.expr(), s, d), f.shorthand(), f.span()));
            }
            return new StructLit(sl.attrs(), sl.qself(), sl.path(), fs, x.expr(sl.base(), s, d), sl.rest(), sl.span());
        }
        if (e instanceof Paren p) {
            return new Paren(p.attrs(), x.expr(p.inner(), s, d), p.span());
        }
        return e;
    }
}
