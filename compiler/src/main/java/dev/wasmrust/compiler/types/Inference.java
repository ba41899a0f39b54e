package dev.wasmrust.compiler.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over inference variables. A general variable unifies with anything; an integer (float)
 * literal's variable only with integer (float) types, and an unconstrained one defaults to {@code i32}
 * ({@code f64}) as in rustc. One instance per function body.
 */
final class Inference {
    private final List<Integer> parent = new ArrayList<>();
    private final List<Type> bound = new ArrayList<>();
    private final List<Type.VarKind> kinds = new ArrayList<>();

    Type.Var fresh() {
        return fresh(Type.VarKind.INT);
    }

    Type.Var freshGeneral() {
        return fresh(Type.VarKind.GENERAL);
    }

    Type.Var freshFloat() {
        return fresh(Type.VarKind.FLOAT);
    }

    private Type.Var fresh(Type.VarKind kind) {
        int id = parent.size();
        parent.add(id);
        bound.add(null);
        kinds.add(kind);
        return new Type.Var(id, kind);
    }

    private int find(int v) {
        int root = v;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(v) != root) {
            int next = parent.get(v);
            parent.set(v, root);
            v = next;
        }
        return root;
    }

    /** Normalizes projections whose self type is known (the checker's trait impls); identity until set. */
    java.util.function.UnaryOperator<Type> normalizer = t -> t;

    /** Projections that were unified before their self type was known: unified again once it is. */
    private final List<Type[]> pendingProjections = new ArrayList<>();

    /** The type with its outermost variable replaced by what is known so far (and a projection normalized). */
    Type shallow(Type t) {
        while (t instanceof Type.Var v) {
            int r = find(v.id());
            Type b = bound.get(r);
            if (b == null) {
                return new Type.Var(r, kinds.get(r));
            }
            t = b;
        }
        if (t instanceof Type.Projection) {
            Type n = normalizer.apply(t);
            if (!n.equals(t)) {
                return shallow(n);
            }
        }
        return t;
    }

    /** Unifies again the projections recorded before their self types were known; false on a mismatch. */
    boolean solvePendingProjections() {
        boolean ok = true;
        List<Type[]> now = new ArrayList<>(pendingProjections);
        pendingProjections.clear();
        for (Type[] p : now) {
            ok &= unify(p[0], p[1]);
        }
        return ok;
    }

    /** The type with every variable replaced by what is known so far (unbound ones stay). */
    Type deep(Type t) {
        Type s = shallow(t);
        return Types.map(s, x -> x instanceof Type.Var ? shallow(x) instanceof Type.Var sv ? sv : deep(x)
                : x instanceof Type.Projection && !shallow(x).equals(x) ? deep(x) : null);
    }

    /** The final type: unbound integer and float variables default; other unbound ones become errors. */
    Type resolve(Type t) {
        Type s = shallow(t);
        if (s instanceof Type.Var v) {
            return switch (v.kind()) {
                case INT -> Type.of(IntKind.I32);
                case FLOAT -> Type.F64;
                default -> Type.ERROR;
            };
        }
        return Types.map(s, x -> x instanceof Type.Var || x instanceof Type.Projection && !shallow(x).equals(x) ? resolve(x) : null);
    }

    /** True when a general variable is still unbound after checking (rustc's E0282). */
    boolean isUnresolvedGeneral(Type t) {
        Type s = deep(t);
        return Types.any(s, x -> x instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL);
    }

    /** Unifies two types; returns false on a mismatch (the caller reports it). */
    boolean unify(Type a, Type b) {
        a = shallow(a);
        b = shallow(b);
        if (a.equals(b) || a instanceof Type.Error || b instanceof Type.Error) {
            return true;
        }
        if (a instanceof Type.Var va) {
            return bindVar(va, b);
        }
        if (b instanceof Type.Var vb) {
            return bindVar(vb, a);
        }
        if (a instanceof Type.Projection pa && b instanceof Type.Projection pb && pa.trait().equals(pb.trait())
                && pa.name().equals(pb.name()) && shallow(pa.self()).equals(shallow(pb.self()))) {
            // the same projection (two different iterators may still have the same item type: no unification)
            return true;
        }
        if (a instanceof Type.Projection pa && !(shallow(pa.self()) instanceof Type.Param)
                || b instanceof Type.Projection pb && !(shallow(pb.self()) instanceof Type.Param)) {
            // decided when the projection's self type is known
            pendingProjections.add(new Type[] {a, b});
            return true;
        }
        if (a instanceof Type.Tuple ta && b instanceof Type.Tuple tb) {
            return unifyAll(ta.elems(), tb.elems());
        }
        if (a instanceof Type.Adt aa && b instanceof Type.Adt ab) {
            return aa.def() == ab.def() && unifyAll(aa.args(), ab.args());
        }
        if (a instanceof Type.Ref ra && b instanceof Type.Ref rb) {
            return ra.mutable() == rb.mutable() && unify(ra.inner(), rb.inner());
        }
        if (a instanceof Type.Array xa && b instanceof Type.Array xb) {
            return unify(xa.length(), xb.length()) && unify(xa.elem(), xb.elem());
        }
        if (a instanceof Type.Slice sa && b instanceof Type.Slice sb) {
            return unify(sa.elem(), sb.elem());
        }
        if (a instanceof Type.Closure ca && b instanceof Type.Closure cb) {
            return ca.symbol().equals(cb.symbol()) && unifyAll(ca.ownerArgs(), cb.ownerArgs()) && unifyAll(ca.params(), cb.params())
                    && unify(ca.ret(), cb.ret()) && unifyAll(ca.captures(), cb.captures());
        }
        if (a instanceof Type.FnDef da && b instanceof Type.FnDef db) {
            return da.symbol().equals(db.symbol()) && unifyAll(da.typeArgs(), db.typeArgs());
        }
        return false;
    }

    private boolean unifyAll(List<Type> as, List<Type> bs) {
        if (as.size() != bs.size()) {
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < as.size(); i++) {
            ok &= unify(as.get(i), bs.get(i));
        }
        return ok;
    }

    private boolean bindVar(Type.Var v, Type t) {
        int r = find(v.id());
        Type.VarKind k = kinds.get(r);
        if (t instanceof Type.Var w) {
            int r2 = find(w.id());
            Type.VarKind k2 = kinds.get(r2);
            if (k != Type.VarKind.GENERAL && k2 != Type.VarKind.GENERAL && k != k2) {
                return false;
            }
            if (k == Type.VarKind.GENERAL) {
                parent.set(r, r2);
            } else {
                parent.set(r2, r);
            }
            return true;
        }
        switch (k) {
            case INT -> {
                if (!(t instanceof Type.Int)) {
                    return false;
                }
            }
            case FLOAT -> {
                if (!(t instanceof Type.Float)) {
                    return false;
                }
            }
            default -> {
                if (Types.any(t, x -> x instanceof Type.Var w && find(w.id()) == r)) {
                    return false;
                }
            }
        }
        bound.set(r, t);
        return true;
    }

    boolean isInteger(Type t) {
        Type s = shallow(t);
        return s instanceof Type.Int || s instanceof Type.Var v && v.kind() == Type.VarKind.INT;
    }

    boolean isFloat(Type t) {
        Type s = shallow(t);
        return s instanceof Type.Float || s instanceof Type.Var v && v.kind() == Type.VarKind.FLOAT;
    }

    boolean isNumeric(Type t) {
        return isInteger(t) || isFloat(t);
    }
}
