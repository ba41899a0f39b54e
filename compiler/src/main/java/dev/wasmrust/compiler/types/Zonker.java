package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TPat;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.thir.TStmt;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a checked function body with inference variables replaced by their final types (defaulting
 * to {@code i32}) and reports integer literals that do not fit their type — rustc's deny-by-default
 * {@code overflowing_literals} lint.
 */
public final class Zonker {
    private final Inference inf;
    private final Diagnostics diags;
    private final Map<Integer, TLocal> locals = new HashMap<>();

    private final java.util.Set<String> lintNotesShown;

    Zonker(Inference inf, Diagnostics diags, java.util.Set<String> lintNotesShown) {
        this.inf = inf;
        this.diags = diags;
        this.lintNotesShown = lintNotesShown;
    }

    TLocal local(TLocal l) {
        return locals.computeIfAbsent(l.id(), id -> new TLocal(l.id(), l.name(), t(l.type()), l.mutable()));
    }

    /** A type with inference resolved (or, instantiating, parameters substituted). */
    Type type(Type type) {
        return t(type);
    }

    private Type t(Type type) {
        return mapper != null ? mapper.apply(type) : inf.resolve(type);
    }

    /** Set when this rewrites a generic function's body for one instantiation instead of resolving inference. */
    private java.util.function.Function<Type, Type> mapper;

    /** The body of a generic function with its parameters replaced by {@code args} (monomorphization). */
    public static dev.wasmrust.compiler.thir.TFunction instantiate(dev.wasmrust.compiler.thir.TFunction f, List<Type> args, String symbol,
                                                                   List<TraitImpl> impls) {
        Zonker z = new Zonker(null, null, null);
        z.mapper = t -> Projections.normalize(Types.subst(t, args), impls, x -> x);
        List<TLocal> params = f.params().stream().map(z::local).toList();
        List<dev.wasmrust.compiler.thir.TFunction.Capture> caps = f.captures().stream()
                .map(c -> new dev.wasmrust.compiler.thir.TFunction.Capture(z.local(c.local()), c.byRef())).toList();
        return new dev.wasmrust.compiler.thir.TFunction(symbol, params, z.type(f.ret()), z.expr(f.body()), f.span(), 0, caps);
    }

    private List<TExpr> exprs(List<TExpr> es) {
        return es.stream().map(this::expr).toList();
    }

    TExpr expr(TExpr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof TExpr.IntConst c) {
            Type ty = t(c.type());
            checkRange(c.value(), ty, c);
            return new TExpr.IntConst(c.value(), ty, c.literal(), c.span());
        }
        if (e instanceof TExpr.BoolConst b) {
            return b;
        }
        if (e instanceof TExpr.CharConst c) {
            return c;
        }
        if (e instanceof TExpr.StrConst s) {
            return s;
        }
        if (e instanceof TExpr.ByteStrConst b) {
            return b;
        }
        if (e instanceof TExpr.UnitConst u) {
            return u;
        }
        if (e instanceof TExpr.LocalRef r) {
            return new TExpr.LocalRef(local(r.local()), t(r.type()), r.span());
        }
        if (e instanceof TExpr.Unary u) {
            if (u.op() == UnOp.NEG && u.operand() instanceof TExpr.IntConst c && c.literal()) {
                Type ty = t(c.type());
                checkRange(c.value().negate(), ty, u);
                return new TExpr.Unary(u.op(), new TExpr.IntConst(c.value(), ty, true, c.span()), t(u.type()), u.span());
            }
            return new TExpr.Unary(u.op(), expr(u.operand()), t(u.type()), u.span());
        }
        if (e instanceof TExpr.Binary b) {
            return new TExpr.Binary(b.op(), expr(b.lhs()), expr(b.rhs()), t(b.type()), b.span());
        }
        if (e instanceof TExpr.Cast c) {
            return new TExpr.Cast(expr(c.expr()), t(c.type()), c.span());
        }
        if (e instanceof TExpr.Assign a) {
            return new TExpr.Assign(expr(a.place()), expr(a.value()), a.span());
        }
        if (e instanceof TExpr.CompoundAssign a) {
            return new TExpr.CompoundAssign(expr(a.place()), a.op(), expr(a.value()), a.span());
        }
        if (e instanceof TExpr.FloatConst f) {
            Type ty = t(f.type());
            double v = ty instanceof Type.Float fl && fl.kind() == FloatKind.F32 ? (double) (float) f.value() : f.value();
            return new TExpr.FloatConst(v, ty, f.span());
        }
        if (e instanceof TExpr.Tuple tu) {
            return new TExpr.Tuple(exprs(tu.elems()), t(tu.type()), tu.span());
        }
        if (e instanceof TExpr.Construct c) {
            List<TExpr> fs = new java.util.ArrayList<>();
            for (TExpr f : c.fields()) {
                fs.add(f == null ? null : expr(f));
            }
            return new TExpr.Construct((Type.Adt) t(c.adt()), c.variant(), fs, expr(c.base()), c.span());
        }
        if (e instanceof TExpr.Field f) {
            return new TExpr.Field(expr(f.base()), f.index(), t(f.type()), f.span());
        }
        if (e instanceof TExpr.Deref d) {
            return new TExpr.Deref(expr(d.ref()), t(d.type()), d.span());
        }
        if (e instanceof TExpr.AddrOf a) {
            return new TExpr.AddrOf(a.mutable(), expr(a.place()), t(a.type()), a.span());
        }
        if (e instanceof TExpr.Index i) {
            return new TExpr.Index(expr(i.base()), expr(i.index()), t(i.type()), i.span());
        }
        if (e instanceof TExpr.ArrayLit a) {
            return new TExpr.ArrayLit(exprs(a.elems()), t(a.type()), a.span());
        }
        if (e instanceof TExpr.ArrayRepeat r) {
            return new TExpr.ArrayRepeat(expr(r.value()), r.count(), t(r.type()), r.span());
        }
        if (e instanceof TExpr.Intrinsic in && in.name().equals("intrinsics::const_value") && t(in.typeArgs().get(0)) instanceof Type.Const c) {
            // a const parameter in an instance of its impl: the value it was matched with
            return new TExpr.IntConst(java.math.BigInteger.valueOf(c.value()), t(in.type()), in.span());
        }
        if (e instanceof TExpr.Unsize u) {
            // in a generic impl over `[T; N]` the length is known only in each instance
            TExpr ref = expr(u.ref());
            long len = ref.type() instanceof Type.Ref r && r.inner() instanceof Type.Array a && a.lenArg() == null ? a.len() : u.len();
            return new TExpr.Unsize(ref, len, t(u.type()), u.span());
        }
        if (e instanceof TExpr.Closure c) {
            return new TExpr.Closure(exprs(c.captures()), t(c.type()), c.span());
        }
        if (e instanceof TExpr.FnItem f) {
            return new TExpr.FnItem(t(f.type()), f.span());
        }
        if (e instanceof TExpr.CallValue c) {
            return new TExpr.CallValue(expr(c.callee()), exprs(c.args()), t(c.type()), c.span());
        }
        if (e instanceof TExpr.Intrinsic in) {
            return new TExpr.Intrinsic(in.name(), in.typeArgs().stream().map(this::t).toList(), exprs(in.args()), t(in.type()), in.span());
        }
        if (e instanceof TExpr.Match m) {
            List<TArm> arms = m.arms().stream().map(a -> new TArm(pat(a.pat()), expr(a.guard()), expr(a.body()), a.span())).toList();
            return new TExpr.Match(expr(m.scrutinee()), arms, t(m.type()), m.span());
        }
        if (e instanceof TExpr.Call c) {
            return new TExpr.Call(c.function(), c.typeArgs().stream().map(this::t).toList(), exprs(c.args()), t(c.type()), c.span());
        }
        if (e instanceof TExpr.If i) {
            return new TExpr.If(expr(i.cond()), expr(i.then()), expr(i.otherwise()), t(i.type()), i.span());
        }
        if (e instanceof TExpr.Block b) {
            return new TExpr.Block(b.stmts().stream().map(this::stmt).toList(), expr(b.tail()), t(b.type()),
                b.span());
        }
        if (e instanceof TExpr.Loop l) {
            return new TExpr.Loop(l.label(), expr(l.body()), t(l.type()), l.span());
        }
        if (e instanceof TExpr.While w) {
            return new TExpr.While(w.label(), expr(w.cond()), expr(w.body()), w.span());
        }
        if (e instanceof TExpr.ForRange f) {
            return new TExpr.ForRange(f.label(), local(f.var()), expr(f.lo()), expr(f.hi()), f.inclusive(),
                expr(f.body()), f.span());
        }
        if (e instanceof TExpr.LabeledBlock l) {
            return new TExpr.LabeledBlock(l.label(), expr(l.body()), t(l.type()), l.span());
        }
        if (e instanceof TExpr.Break b) {
            return new TExpr.Break(b.label(), expr(b.value()), b.span());
        }
        if (e instanceof TExpr.Continue c) {
            return c;
        }
        if (e instanceof TExpr.Return r) {
            return new TExpr.Return(expr(r.value()), r.span());
        }
        if (e instanceof TExpr.Format f) {
            return new TExpr.Format(f.fd(), exprs(f.args()), f.pieces(), f.span());
        }
        if (e instanceof TExpr.FormatString f) {
            return new TExpr.FormatString(exprs(f.args()), f.pieces(), t(f.type()), f.span());
        }
        if (e instanceof TExpr.Panic p) {
            return new TExpr.Panic(exprs(p.args()), p.pieces(), p.span(), expr(p.location()));
        }
        if (e instanceof TExpr.Exit x) {
            return new TExpr.Exit(expr(x.code()), x.span());
        }
        throw new IllegalStateException("unhandled typed expression " + e);
    }

    private TStmt stmt(TStmt s) {
        if (s instanceof TStmt.Let l) {
            return new TStmt.Let(pat(l.pat()), expr(l.init()), expr(l.elseBlock()), l.scrutinee());
        }
        return new TStmt.ExprStmt(expr(((TStmt.ExprStmt) s).expr()));
    }

    TPat pat(TPat p) {
        if (p == null) {
            return null;
        }
        if (p instanceof TPat.Wild w) {
            return new TPat.Wild(t(w.type()), w.span());
        }
        if (p instanceof TPat.Binding b) {
            return new TPat.Binding(local(b.local()), b.mode(), pat(b.sub()), t(b.type()), b.span());
        }
        if (p instanceof TPat.Lit l) {
            return new TPat.Lit(expr(l.value()), t(l.type()), l.span());
        }
        if (p instanceof TPat.Range r) {
            return new TPat.Range(expr(r.lo()), expr(r.hi()), r.inclusive(), t(r.type()), r.span());
        }
        if (p instanceof TPat.Tuple tu) {
            return new TPat.Tuple(pats(tu.elems()), t(tu.type()), tu.span());
        }
        if (p instanceof TPat.Variant v) {
            return new TPat.Variant((Type.Adt) t(v.adt()), v.variant(), pats(v.fields()), t(v.type()), v.span());
        }
        if (p instanceof TPat.Deref d) {
            return new TPat.Deref(pat(d.inner()), d.implicit(), t(d.type()), d.span());
        }
        if (p instanceof TPat.Or o) {
            return new TPat.Or(pats(o.alts()), t(o.type()), o.span());
        }
        TPat.Slice s = (TPat.Slice) p;
        return new TPat.Slice(pats(s.prefix()), pat(s.rest()), s.hasRest(), pats(s.suffix()), t(s.type()), s.span());
    }

    private List<TPat> pats(List<TPat> ps) {
        return ps.stream().map(this::pat).toList();
    }

    private void checkRange(BigInteger v, Type ty, TExpr at) {
        if (diags == null) {
            return;
        }
        if (!(ty instanceof Type.Int i) || i.kind().fits(v)) {
            return;
        }
        IntKind k = i.kind();
        String lit = at instanceof TExpr.Unary ? "-" + v.negate() : v.toString();
        if (v.signum() < 0 && !k.signed()) {
            diags.report(Diagnostic.error("cannot apply unary operator `-` to type `" + k.rustName() + "`")
                    .primary(at.span(), "cannot apply unary operator `-`")
                    .note("unsigned values cannot be negated"));
            return;
        }
        Diagnostic.Builder b = Diagnostic.error("literal out of range for `" + k.rustName() + "`")
                .primary(at.span(), "")
                .note("the literal `" + lit + "` does not fit into the type `" + k.rustName() + "` whose range is `"
                        + k.min() + "..=" + k.max() + "`");
        if (lintNotesShown.add("overflowing_literals")) {
            b.note("`#[deny(overflowing_literals)]` on by default");
        }
        diags.report(b);
    }
}
