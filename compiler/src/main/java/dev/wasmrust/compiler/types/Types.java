package dev.wasmrust.compiler.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Structural helpers over {@link Type}: mapping, searching and substituting generic parameters. */
public final class Types {
    private Types() {}

    /**
     * Rebuilds {@code t} bottom-up: {@code f} may replace a node (return non-null) or leave it to be
     * rebuilt from its mapped children (return null).
     */
    public static Type map(Type t, Function<Type, Type> f) {
        Type r = f.apply(t);
        if (r != null) {
            return r;
        }
        if (t instanceof Type.Tuple tu) {
            return new Type.Tuple(mapAll(tu.elems(), f));
        }
        if (t instanceof Type.Adt a) {
            return a.args().isEmpty() ? a : new Type.Adt(a.def(), mapAll(a.args(), f));
        }
        if (t instanceof Type.Ref ref) {
            return new Type.Ref(ref.mutable(), map(ref.inner(), f));
        }
        if (t instanceof Type.Array arr) {
            Type len = arr.lenArg() == null ? null : map(arr.lenArg(), f);
            return len instanceof Type.Const c ? new Type.Array(map(arr.elem(), f), c.value())
                    : new Type.Array(map(arr.elem(), f), arr.len(), len);
        }
        if (t instanceof Type.Slice s) {
            return new Type.Slice(map(s.elem(), f));
        }
        if (t instanceof Type.Closure c) {
            return new Type.Closure(c.symbol(), mapAll(c.ownerArgs(), f), mapAll(c.params(), f), map(c.ret(), f),
                    mapAll(c.captures(), f), c.where());
        }
        if (t instanceof Type.Projection pr) {
            return new Type.Projection(map(pr.self(), f), pr.trait(), pr.name());
        }
        if (t instanceof Type.FnDef d) {
            return new Type.FnDef(d.symbol(), d.name(), mapAll(d.typeArgs(), f), mapAll(d.params(), f), map(d.ret(), f));
        }
        return t;
    }

    private static List<Type> mapAll(List<Type> ts, Function<Type, Type> f) {
        List<Type> out = new ArrayList<>(ts.size());
        for (Type t : ts) {
            out.add(map(t, f));
        }
        return out;
    }

    public static boolean any(Type t, Predicate<Type> p) {
        if (p.test(t)) {
            return true;
        }
        if (t instanceof Type.Tuple tu) {
            return tu.elems().stream().anyMatch(e -> any(e, p));
        }
        if (t instanceof Type.Adt a) {
            return a.args().stream().anyMatch(e -> any(e, p));
        }
        if (t instanceof Type.Ref ref) {
            return any(ref.inner(), p);
        }
        if (t instanceof Type.Array arr) {
            return any(arr.elem(), p) || arr.lenArg() != null && any(arr.lenArg(), p);
        }
        if (t instanceof Type.Slice s) {
            return any(s.elem(), p);
        }
        if (t instanceof Type.Closure c) {
            return c.ownerArgs().stream().anyMatch(e -> any(e, p)) || c.params().stream().anyMatch(e -> any(e, p))
                    || any(c.ret(), p) || c.captures().stream().anyMatch(e -> any(e, p));
        }
        if (t instanceof Type.Projection pr) {
            return any(pr.self(), p);
        }
        if (t instanceof Type.FnDef d) {
            return d.typeArgs().stream().anyMatch(e -> any(e, p)) || d.params().stream().anyMatch(e -> any(e, p))
                    || any(d.ret(), p);
        }
        return false;
    }

    /** Replaces generic parameters by the arguments at their positions. */
    public static Type subst(Type t, List<Type> args) {
        if (args.isEmpty()) {
            return t;
        }
        return map(t, x -> x instanceof Type.Param p && p.index() < args.size() ? args.get(p.index()) : null);
    }

    /** A field's type in a given instantiation of its definition. */
    public static Type fieldType(Type.Adt adt, AdtDef.Field f) {
        return subst(f.type(), adt.args());
    }
}
