package dev.wasmrust.compiler.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over integer inference variables: an unsuffixed literal gets a variable, unification binds
 * it to a concrete integer type or merges it with another variable, and an unconstrained variable
 * defaults to {@code i32} as in rustc. One instance per function body.
 */
final class Inference {
    private final List<Integer> parent = new ArrayList<>();
    private final List<IntKind> bound = new ArrayList<>();

    Type.IntVar fresh() {
        int id = parent.size();
        parent.add(id);
        bound.add(null);
        return new Type.IntVar(id);
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

    /** The type with variables replaced by what is known so far (variables stay variables if unbound). */
    Type shallow(Type t) {
        if (t instanceof Type.IntVar v) {
            int r = find(v.id());
            IntKind k = bound.get(r);
            return k != null ? Type.of(k) : new Type.IntVar(r);
        }
        return t;
    }

    /** The final type: unbound variables default to {@code i32}. */
    Type resolve(Type t) {
        Type s = shallow(t);
        return s instanceof Type.IntVar ? Type.of(IntKind.I32) : s;
    }

    /** Unifies two types; returns false on a mismatch (the caller reports it). */
    boolean unify(Type a, Type b) {
        a = shallow(a);
        b = shallow(b);
        if (a.equals(b) || a instanceof Type.Error || b instanceof Type.Error) {
            return true;
        }
        if (a instanceof Type.IntVar va) {
            if (b instanceof Type.IntVar vb) {
                parent.set(find(va.id()), find(vb.id()));
                return true;
            }
            if (b instanceof Type.Int ib) {
                bound.set(find(va.id()), ib.kind());
                return true;
            }
            return false;
        }
        if (b instanceof Type.IntVar) {
            return unify(b, a);
        }
        return false;
    }

    boolean isInteger(Type t) {
        Type s = shallow(t);
        return s instanceof Type.Int || s instanceof Type.IntVar;
    }
}
