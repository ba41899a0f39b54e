package dev.wasmrust.compiler.types;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Normalizes associated-type projections ({@code <Iter<i32> as Iterator>::Item} to {@code &i32}) by finding
 * the trait impl whose self type matches, and matches impl headers against concrete types. Used while type
 * checking (with inference variables) and while monomorphizing (with concrete types only).
 */
public final class Projections {
    private Projections() {}

    /** {@code t} with every projection whose self type is known replaced by the impl's type. */
    public static Type normalize(Type t, List<TraitImpl> impls, UnaryOperator<Type> shallow) {
        return Types.map(t, x -> {
            if (!(x instanceof Type.Projection p)) {
                return null;
            }
            Type self = normalize(shallow.apply(p.self()), impls, shallow);
            Type[] args = new Type[0];
            TraitImpl impl = find(impls, p.trait(), List.of(), self, shallow);
            if (impl == null || !impl.assocTypes().containsKey(p.name())) {
                return new Type.Projection(self, p.trait(), p.name());
            }
            args = bindings(impl, self, List.of(), shallow, impls);
            Type result = substPartial(impl.assocTypes().get(p.name()), args);
            return normalize(result, impls, shallow);
        });
    }

    /**
     * Every impl of {@code trait} that may apply to {@code self} with these trait arguments (inference variables in
     * them fit anything): more than one means the arguments do not decide yet ({@code Extend<T>} or {@code Extend<&T>}).
     */
    public static List<TraitImpl> candidates(List<TraitImpl> impls, String trait, List<Type> traitArgs, Type self, UnaryOperator<Type> shallow) {
        List<TraitImpl> out = new java.util.ArrayList<>();
        for (TraitImpl impl : impls) {
            if (impl.trait().equals(trait) && find(List.of(impl), trait, traitArgs, self, shallow) != null
                    && (!impl.blanket() || boundsMet(impls, impl, bindings(impl, self, traitArgs, shallow), shallow))) {
                out.add(impl);
            }
        }
        return out;
    }

    /** The impl of {@code trait} (with these leading trait arguments, when given) for {@code self}, or null. */
    public static TraitImpl find(List<TraitImpl> impls, String trait, List<Type> traitArgs, Type self, UnaryOperator<Type> shallow) {
        if (!known(shallow.apply(self))) {
            return null;
        }
        for (TraitImpl impl : impls) {
            if (!impl.trait().equals(trait)) {
                continue;
            }
            Type[] b = new Type[impl.implParams()];
            if (!match(impl.self(), self, b, shallow)) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < traitArgs.size() && i < impl.traitArgs().size(); i++) {
                ok &= match(impl.traitArgs().get(i), traitArgs.get(i), b, shallow);
            }
            // a blanket impl over callables (`impl<F: FnMut(char) -> bool> Pattern for F`) applies to callables only
            for (TraitImpl.FnBound fb : impl.fnBounds()) {
                Type bound = fb.param() < b.length ? b[fb.param()] : null;
                if (bound != null) {
                    Type c = shallow.apply(bound);
                    while (c instanceof Type.Ref r) {
                        c = shallow.apply(r.inner());
                    }
                    ok &= c instanceof Type.Closure || c instanceof Type.FnDef || c instanceof Type.Var;
                }
            }
            if (ok && impl.blanket()) {
                ok = boundsMet(impls, impl, b, shallow);
            }
            if (ok) {
                return impl;
            }
        }
        return null;
    }

    /**
     * Whether a blanket impl's bound parameters meet their trait bounds. Only traits that have impls in the table
     * are decided here (the compiler's built-in ones, such as {@code Copy}, are checked where they are used).
     */
    private static boolean boundsMet(List<TraitImpl> impls, TraitImpl impl, Type[] b, UnaryOperator<Type> shallow) {
        for (TraitImpl.ParamBound pb : impl.paramBounds()) {
            Type t = pb.param() < b.length ? b[pb.param()] : null;
            if (t == null || !known(shallow.apply(t)) || impls.stream().noneMatch(i -> i.trait().equals(pb.trait()))) {
                continue;
            }
            if (find(impls, pb.trait(), List.of(), t, shallow) == null) {
                return false;
            }
        }
        return true;
    }

    /** The impl's generic arguments for {@code self}: from its header, then from its parameters' {@code Fn*} bounds. */
    public static Type[] bindings(TraitImpl impl, Type self, List<Type> traitArgs, UnaryOperator<Type> shallow) {
        Type[] b = new Type[impl.implParams()];
        match(impl.self(), self, b, shallow);
        for (int i = 0; i < traitArgs.size() && i < impl.traitArgs().size(); i++) {
            match(impl.traitArgs().get(i), traitArgs.get(i), b, shallow);
        }
        for (int round = 0; round < impl.fnBounds().size(); round++) {
            for (TraitImpl.FnBound fb : impl.fnBounds()) {
                Type callee = fb.param() < b.length ? b[fb.param()] : null;
                if (callee == null) {
                    continue;
                }
                Type c = shallow.apply(callee);
                while (c instanceof Type.Ref r) {
                    c = shallow.apply(r.inner());
                }
                if (c instanceof Type.Closure cl) {
                    match(fb.ret(), cl.ret(), b, shallow);
                } else if (c instanceof Type.FnDef d) {
                    match(fb.ret(), d.ret(), b, shallow);
                }
            }
        }
        return b;
    }

    /** {@link #bindings}, then the parameters determined by associated-type bindings of the impl's bounds. */
    public static Type[] bindings(TraitImpl impl, Type self, List<Type> traitArgs, UnaryOperator<Type> shallow, List<TraitImpl> impls) {
        Type[] b = bindings(impl, self, traitArgs, shallow);
        for (TraitImpl.AssocBinding ab : impl.assocBindings()) {
            Type owner = ab.param() < b.length ? b[ab.param()] : null;
            if (owner != null) {
                Type item = normalize(new Type.Projection(owner, ab.trait(), ab.name()), impls, shallow);
                if (!(item instanceof Type.Projection)) {
                    match(ab.pattern(), item, b, shallow);
                }
            }
        }
        return b;
    }

    private static boolean known(Type t) {
        return !(t instanceof Type.Var || t instanceof Type.Param || t instanceof Type.Projection || t instanceof Type.Error);
    }

    /** Replaces the parameters bound in {@code args}; unbound ones stay parameters. */
    static Type substPartial(Type t, Type[] args) {
        return Types.map(t, x -> x instanceof Type.Param p && p.index() < args.length && args[p.index()] != null ? args[p.index()] : null);
    }

    /** One-way matching of an impl header's type against a type: binds the header's parameters in {@code b}. */
    static boolean match(Type pattern, Type t, Type[] b, UnaryOperator<Type> shallow) {
        t = shallow.apply(t);
        if (pattern instanceof Type.Param p && p.index() < b.length) {
            if (b[p.index()] == null) {
                b[p.index()] = t;
                return true;
            }
            return sameShape(shallow.apply(b[p.index()]), t, shallow);
        }
        if (pattern instanceof Type.Projection) {
            return true; // decided by normalization later
        }
        if (t instanceof Type.Var || t instanceof Type.Error) {
            return !(pattern instanceof Type.Adt) || t instanceof Type.Error;
        }
        if (pattern instanceof Type.Adt pa && t instanceof Type.Adt ta) {
            return pa.def() == ta.def() && all(pa.args(), ta.args(), b, shallow);
        }
        if (pattern instanceof Type.Ref pr && t instanceof Type.Ref tr) {
            return pr.mutable() == tr.mutable() && match(pr.inner(), tr.inner(), b, shallow);
        }
        if (pattern instanceof Type.Tuple pt && t instanceof Type.Tuple tt) {
            return all(pt.elems(), tt.elems(), b, shallow);
        }
        if (pattern instanceof Type.Array pa && t instanceof Type.Array ta) {
            return match(pa.length(), ta.length(), b, shallow) && match(pa.elem(), ta.elem(), b, shallow);
        }
        if (pattern instanceof Type.Slice ps && t instanceof Type.Slice ts) {
            return match(ps.elem(), ts.elem(), b, shallow);
        }
        return pattern.equals(t);
    }

    private static boolean all(List<Type> ps, List<Type> ts, Type[] b, UnaryOperator<Type> shallow) {
        if (ps.size() != ts.size()) {
            return false;
        }
        for (int i = 0; i < ps.size(); i++) {
            if (!match(ps.get(i), ts.get(i), b, shallow)) {
                return false;
            }
        }
        return true;
    }

    /** Equal, up to inference variables anywhere inside ({@code (&String, &{integer})} fits {@code (&String, &i32)}). */
    private static boolean sameShape(Type a, Type b, UnaryOperator<Type> shallow) {
        a = shallow.apply(a);
        b = shallow.apply(b);
        if (a.equals(b) || a instanceof Type.Var || b instanceof Type.Var) {
            return true;
        }
        if (a instanceof Type.Adt x && b instanceof Type.Adt y) {
            return x.def() == y.def() && sameShapes(x.args(), y.args(), shallow);
        }
        if (a instanceof Type.Ref x && b instanceof Type.Ref y) {
            return x.mutable() == y.mutable() && sameShape(x.inner(), y.inner(), shallow);
        }
        if (a instanceof Type.Tuple x && b instanceof Type.Tuple y) {
            return sameShapes(x.elems(), y.elems(), shallow);
        }
        if (a instanceof Type.Array x && b instanceof Type.Array y) {
            return sameShape(x.length(), y.length(), shallow) && sameShape(x.elem(), y.elem(), shallow);
        }
        if (a instanceof Type.Slice x && b instanceof Type.Slice y) {
            return sameShape(x.elem(), y.elem(), shallow);
        }
        return false;
    }

    private static boolean sameShapes(List<Type> as, List<Type> bs, UnaryOperator<Type> shallow) {
        if (as.size() != bs.size()) {
            return false;
        }
        for (int i = 0; i < as.size(); i++) {
            if (!sameShape(as.get(i), bs.get(i), shallow)) {
                return false;
            }
        }
        return true;
    }
}
