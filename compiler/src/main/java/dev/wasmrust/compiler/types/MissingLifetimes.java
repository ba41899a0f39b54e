package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.GenericArg;
import dev.wasmrust.compiler.ast.GenericArgs;
import dev.wasmrust.compiler.ast.GenericParam;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.Ty;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.SubDiagnostic;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * E0106 for a function's result: a reference written without a lifetime ({@code -> &String}) when lifetime
 * elision has nothing to take it from: no {@code &self}, and not exactly one lifetime among the parameters.
 * A parameter whose type is a path the check cannot see into (a struct may hide a lifetime) makes it give
 * up unless the parameters already have two lifetimes, so it never rejects a signature rustc accepts.
 */
final class MissingLifetimes {
    private MissingLifetimes() {}

    /** Types known to carry no lifetime parameter. */
    private static final Set<String> PLAIN = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64",
            "u128", "usize", "f32", "f64", "bool", "char", "str", "String", "Vec", "Option", "Result", "Box", "HashMap",
            "HashSet", "BTreeMap", "BTreeSet", "VecDeque", "Rc", "RefCell", "Cell");

    static Diagnostic.Builder check(Item.Fn fn) {
        if (fn.ret() == null || fn.selfParam() != null) {
            return null;
        }
        List<Span> missing = new ArrayList<>();
        elidedRefs(fn.ret(), missing);
        if (missing.isEmpty()) {
            return null;
        }
        Set<String> typeParams = new java.util.HashSet<>();
        for (GenericParam p : fn.generics().params()) {
            if (p instanceof GenericParam.TypeParam tp) {
                typeParams.add(tp.name().name());
            }
        }
        int inputs = 0;
        boolean opaque = false;
        List<Item.Param> withLifetimes = new ArrayList<>();
        for (Item.Param p : fn.params()) {
            int[] count = {0};
            boolean[] hidden = {false};
            count(p.ty(), count, hidden, typeParams);
            inputs += count[0];
            opaque |= hidden[0];
            if (count[0] > 0) {
                withLifetimes.add(p);
            }
        }
        if (inputs == 1 || inputs == 0 && opaque) {
            return null;
        }
        Span amp = missing.get(0);
        Diagnostic.Builder d = Diagnostic.error("E0106", "missing lifetime specifier")
                .primary(amp, "expected named lifetime parameter");
        if (inputs == 0) {
            d.help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from");
            d.suggestion(amp.shrinkToHi(), "consider using the `'static` lifetime, but this is uncommon unless you're returning a "
                    + "borrowed value from a `const` or a `static`", "'static ");
            if (missing.size() == 1 && fn.ret() instanceof Ty.RefTy) {
                d.suggestion(amp, "instead, you are more likely to want to return an owned value", "");
            }
            return d;
        }
        List<String> names = new ArrayList<>();
        for (Item.Param p : withLifetimes) {
            d.secondary(p.ty().span(), "");
            names.add(p.pat() instanceof Pat.IdentPat id ? "`" + id.name().name() + "`" : "argument " + (fn.params().indexOf(p) + 1));
        }
        String from = names.size() == 2 ? names.get(0) + " or " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + ", or " + names.get(names.size() - 1);
        d.help("this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from " + from);
        if (fn.generics().params().isEmpty()) {
            // every reference of the signature gets one new lifetime `'a`
            List<SubDiagnostic.Edit> edits = new ArrayList<>();
            edits.add(new SubDiagnostic.Edit(fn.name().span().shrinkToHi(), "<'a>"));
            List<Span> refs = new ArrayList<>();
            for (Item.Param p : fn.params()) {
                elidedRefs(p.ty(), refs);
            }
            refs.addAll(missing);
            for (Span r : refs) {
                edits.add(new SubDiagnostic.Edit(r.shrinkToHi(), "'a "));
            }
            d.multipartSuggestion("consider introducing a named lifetime parameter", edits);
        }
        return d;
    }

    /** The {@code &} of each reference without a lifetime in a result type (not inside `fn` types or bounds). */
    private static void elidedRefs(Ty t, List<Span> out) {
        if (t instanceof Ty.RefTy r) {
            if (r.lifetime() == null) {
                out.add(new Span(r.span().file(), r.span().lo(), r.span().lo() + 1));
            }
            elidedRefs(r.inner(), out);
        } else if (t instanceof Ty.PathTy p && p.qself() == null) {
            for (PathSegment s : p.path().segments()) {
                if (s.args() instanceof GenericArgs.AngleBracketed ab) {
                    for (GenericArg a : ab.args()) {
                        if (a instanceof GenericArg.TypeArg ta) {
                            elidedRefs(ta.ty(), out);
                        }
                    }
                }
            }
        } else if (t instanceof Ty.TupleTy tu) {
            tu.elems().forEach(e -> elidedRefs(e, out));
        } else if (t instanceof Ty.SliceTy s) {
            elidedRefs(s.elem(), out);
        } else if (t instanceof Ty.ArrayTy a) {
            elidedRefs(a.elem(), out);
        } else if (t instanceof Ty.ParenTy p) {
            elidedRefs(p.inner(), out);
        }
    }

    /** Counts the lifetimes in a parameter type; {@code hidden} when a part of it may hold lifetimes unseen. */
    private static void count(Ty t, int[] count, boolean[] hidden, Set<String> typeParams) {
        if (t instanceof Ty.RefTy r) {
            count[0]++; // `'static` too: one input lifetime of any kind is what elision needs
            count(r.inner(), count, hidden, typeParams);
        } else if (t instanceof Ty.PathTy p) {
            List<PathSegment> segs = p.path().segments();
            String last = segs.get(segs.size() - 1).ident().name();
            if (p.qself() != null || !PLAIN.contains(last) && !(segs.size() == 1 && typeParams.contains(last))) {
                hidden[0] = true;
            }
            for (PathSegment s : segs) {
                if (s.args() instanceof GenericArgs.AngleBracketed ab) {
                    for (GenericArg a : ab.args()) {
                        if (a instanceof GenericArg.LifetimeArg) {
                            count[0]++;
                        } else if (a instanceof GenericArg.TypeArg ta) {
                            count(ta.ty(), count, hidden, typeParams);
                        } else {
                            hidden[0] = true;
                        }
                    }
                } else if (s.args() != null) {
                    hidden[0] = true;
                }
            }
        } else if (t instanceof Ty.TupleTy tu) {
            tu.elems().forEach(e -> count(e, count, hidden, typeParams));
        } else if (t instanceof Ty.SliceTy s) {
            count(s.elem(), count, hidden, typeParams);
        } else if (t instanceof Ty.ArrayTy a) {
            count(a.elem(), count, hidden, typeParams);
        } else if (t instanceof Ty.ParenTy p) {
            count(p.inner(), count, hidden, typeParams);
        } else if (!(t instanceof Ty.NeverTy)) {
            hidden[0] = true; // `impl Trait`, `dyn Trait`, `fn` types: their lifetimes are not counted here
        }
    }
}
