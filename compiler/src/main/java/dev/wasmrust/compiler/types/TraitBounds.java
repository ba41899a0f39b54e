package dev.wasmrust.compiler.types;

import java.util.List;
import java.util.Set;

/**
 * Whether a type implements a trait named in a bound ({@code T: Ord}, {@code I: DoubleEndedIterator}), for
 * checking the bounds of a generic function or impl at the place it is used. The answer has three values:
 * a bound is reported as unmet only when it is known to be unmet, so a type or trait this checker does not
 * understand never turns a valid program into an error.
 */
final class TraitBounds {
    enum Verdict { YES, NO, UNKNOWN }

    /** The traits the compiler implements for primitives and derives for user types. */
    static final Set<String> BUILTIN = Set.of("Copy", "Clone", "Debug", "Display", "PartialEq", "Eq", "PartialOrd", "Ord",
            "Hash", "Default");

    private static final int MAX_DEPTH = 8;

    private final TypeChecker tc;

    TraitBounds(TypeChecker tc) {
        this.tc = tc;
    }

    Verdict implemented(Type t, String trait) {
        return implemented(t, trait, 0);
    }

    private Verdict implemented(Type type, String trait, int depth) {
        Type t = tc.inf.shallow(type);
        if (depth > MAX_DEPTH || t instanceof Type.Param || t instanceof Type.Projection || t instanceof Type.Error
                || t instanceof Type.Var v && v.kind() == Type.VarKind.GENERAL) {
            return Verdict.UNKNOWN;
        }
        if (BUILTIN.contains(trait)) {
            return builtin(t, trait, depth);
        }
        TraitDef td = tc.lookupTraitAnywhere(trait);
        if (td == null || !td.params().isEmpty() || t instanceof Type.Closure || t instanceof Type.FnDef) {
            return Verdict.UNKNOWN;
        }
        TraitImpl impl = Projections.find(tc.implTable, trait, List.of(), t, tc.inf::shallow);
        if (impl == null) {
            return Types.any(tc.inf.deep(t), x -> x instanceof Type.Var || x instanceof Type.Param || x instanceof Type.Projection
                    || x instanceof Type.Error) ? Verdict.UNKNOWN : Verdict.NO;
        }
        // the impl's own bounds must hold for the types it is used with (`Enumerate<I>` walks back only if `I` does)
        Type[] b = Projections.bindings(impl, t, List.of(), tc.inf::shallow);
        Verdict all = Verdict.YES;
        for (TraitImpl.ParamBound pb : impl.paramBounds()) {
            Type arg = pb.param() < b.length ? b[pb.param()] : null;
            if (arg == null) {
                all = Verdict.UNKNOWN;
                continue;
            }
            Verdict v = implemented(arg, pb.trait(), depth + 1);
            if (v == Verdict.NO) {
                return Verdict.NO;
            }
            if (v == Verdict.UNKNOWN) {
                all = Verdict.UNKNOWN;
            }
        }
        return all;
    }

    /** The built-in traits, following the standard library's impls for primitives and its own types. */
    private Verdict builtin(Type t, String trait, int depth) {
        boolean display = trait.equals("Display");
        if (t instanceof Type.Var v) {
            // an integer or float literal still being inferred: every integer type has these traits, floats lack Eq, Ord, Hash
            return v.kind() == Type.VarKind.FLOAT && (trait.equals("Eq") || trait.equals("Ord") || trait.equals("Hash"))
                    ? Verdict.NO : Verdict.YES;
        }
        if (t instanceof Type.Int || t instanceof Type.Bool || t instanceof Type.Char) {
            return Verdict.YES;
        }
        if (t instanceof Type.Float) {
            return trait.equals("Eq") || trait.equals("Ord") || trait.equals("Hash") ? Verdict.NO : Verdict.YES;
        }
        if (t instanceof Type.Unit) {
            return display ? Verdict.NO : Verdict.YES;
        }
        if (t instanceof Type.Str) {
            return trait.equals("Copy") || trait.equals("Clone") || trait.equals("Default") ? Verdict.NO : Verdict.YES;
        }
        if (t instanceof Type.Ref r) {
            if (trait.equals("Copy") || trait.equals("Clone")) {
                return r.mutable() ? Verdict.NO : Verdict.YES;
            }
            if (trait.equals("Default")) {
                return Verdict.UNKNOWN;
            }
            return implemented(r.inner(), trait, depth + 1);
        }
        if (t instanceof Type.Tuple tu) {
            return display ? Verdict.NO : all(tu.elems(), trait, depth);
        }
        if (t instanceof Type.Array a) {
            return display ? Verdict.NO : trait.equals("Default") ? Verdict.UNKNOWN : implemented(a.elem(), trait, depth + 1);
        }
        if (t instanceof Type.Slice s) {
            return display || trait.equals("Copy") || trait.equals("Clone") || trait.equals("Default") ? Verdict.NO
                    : implemented(s.elem(), trait, depth + 1);
        }
        if (t instanceof Type.Adt a) {
            return adt(a, trait, depth);
        }
        return Verdict.UNKNOWN;
    }

    private Verdict adt(Type.Adt a, String trait, int depth) {
        AdtDef def = a.def();
        if (def.isLang("string")) {
            return trait.equals("Copy") ? Verdict.NO : Verdict.YES;
        }
        if (def.isLang("vec") || def.isLang("owned_box")) {
            if (trait.equals("Copy") || trait.equals("Display") && def.isLang("vec")) {
                return Verdict.NO;
            }
            return trait.equals("Default") && def.isLang("vec") ? Verdict.YES : all(a.args(), trait, depth);
        }
        if (def.derives().contains(trait) || userImpl(a, trait)) {
            // derives bound every type parameter by the derived trait
            return def.derives().contains(trait) ? all(a.args(), trait, depth) : Verdict.YES;
        }
        if (inStd(def)) {
            // the standard library's own types: what rustc's has beyond our derives is not modelled here,
            // except what learners run into: none of its collections and wrappers is Display
            return trait.equals("Display") ? Verdict.NO : Verdict.UNKNOWN;
        }
        return Verdict.NO;
    }

    private boolean userImpl(Type.Adt a, String trait) {
        return tc.lookupTraitAnywhere(trait) != null && Projections.find(tc.implTable, trait, List.of(), a, tc.inf::shallow) != null;
    }

    private boolean inStd(AdtDef def) {
        return def.span() != null && tc.sources.file(def.span()).name().startsWith("<std>/");
    }

    private Verdict all(List<Type> types, String trait, int depth) {
        Verdict out = Verdict.YES;
        for (Type x : types) {
            Verdict v = implemented(x, trait, depth + 1);
            if (v == Verdict.NO) {
                return Verdict.NO;
            }
            if (v == Verdict.UNKNOWN) {
                out = Verdict.UNKNOWN;
            }
        }
        return out;
    }
}
