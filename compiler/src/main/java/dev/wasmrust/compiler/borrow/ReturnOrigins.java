package dev.wasmrust.compiler.borrow;

import dev.wasmrust.compiler.ast.GenericArg;
import dev.wasmrust.compiler.ast.GenericArgs;
import dev.wasmrust.compiler.ast.GenericParam;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.Ty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which arguments a function's result may borrow from, read off its signature as rustc's lifetime elision
 * reads it: named lifetimes tie the result to the parameters that carry them; an elided one goes to
 * {@code &self}, else to the only parameter with a lifetime. A result typed by a type parameter only (as in
 * {@code unwrap(self) -> T}) carries what the by-value arguments carry. Anything else borrows nothing, so
 * imprecision errs towards accepting programs.
 */
public final class ReturnOrigins {
    private ReturnOrigins() {}

    /** The signature of {@code fn} as the borrow check sees it; {@code symbol} tells trait-impl methods apart. */
    public static CallSignature of(Item.Fn fn, String symbol) {
        List<Boolean> byValue = new ArrayList<>();
        if (fn.selfParam() != null) {
            byValue.add(fn.selfParam().kind() == Item.SelfKind.VALUE);
        }
        for (Item.Param p : fn.params()) {
            byValue.add(!(p.ty() instanceof Ty.RefTy));
        }
        return new CallSignature(origins(fn, symbol), byValue);
    }

    private static List<Origin> origins(Item.Fn fn, String symbol) {
        int n = fn.params().size() + (fn.selfParam() != null ? 1 : 0);
        List<Origin> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Origin.NONE);
        }
        String fnName = fn.name().name();
        if (fn.ret() == null || fnName.equals("cloned") || fnName.equals("copied")) {
            // `cloned`/`copied` take the value out of the reference: it holds what the referent held, untracked
            return out;
        }
        Lifetimes ret = scan(fn.ret());
        Set<String> own = new HashSet<>();
        for (GenericParam p : fn.generics().params()) {
            if (p instanceof GenericParam.LifetimeParam lp) {
                own.add(lp.lifetime().name());
            }
        }
        Item.SelfParam self = fn.selfParam();
        boolean refSelf = self != null && (self.kind() == Item.SelfKind.REF || self.kind() == Item.SelfKind.REF_MUT);
        // an iterator's items outlive the `&mut self` of `next`: they borrow what the iterator borrows
        boolean iterator = symbol.contains(" as Iterator>::") || symbol.contains(" as DoubleEndedIterator>::");
        Origin fromSelf = iterator ? Origin.POINTEE : Origin.VALUE;
        if (!ret.named.isEmpty()) {
            for (String name : ret.named) {
                if (self != null && self.lifetime() != null && self.lifetime().name().equals(name)) {
                    out.set(0, Origin.VALUE);
                }
                if (!own.contains(name) && self != null) {
                    // a lifetime of the impl: it is in `Self`
                    out.set(0, refSelf ? Origin.POINTEE : Origin.VALUE);
                }
                int offset = self != null ? 1 : 0;
                for (int i = 0; i < fn.params().size(); i++) {
                    if (scan(fn.params().get(i).ty()).named.contains(name)) {
                        out.set(offset + i, Origin.VALUE);
                    }
                }
            }
        }
        if (ret.elided) {
            if (refSelf) {
                out.set(0, fromSelf);
            } else {
                int offset = self != null ? 1 : 0;
                int only = -1;
                int count = 0;
                for (int i = 0; i < fn.params().size(); i++) {
                    Lifetimes p = scan(fn.params().get(i).ty());
                    if (p.elided || !p.named.isEmpty()) {
                        count++;
                        only = i;
                    }
                }
                if (count == 1) {
                    out.set(offset + only, Origin.VALUE);
                }
            }
        }
        if (!ret.elided && ret.named.isEmpty()) {
            // a result typed by type parameters only: it carries what the by-value arguments carry
            if (self != null && self.kind() == Item.SelfKind.VALUE) {
                out.set(0, Origin.VALUE);
            }
            int offset = self != null ? 1 : 0;
            for (int i = 0; i < fn.params().size(); i++) {
                Lifetimes p = scan(fn.params().get(i).ty());
                if (!p.elided && p.named.isEmpty()) {
                    out.set(offset + i, Origin.VALUE);
                }
            }
        }
        return out;
    }

    /** The lifetimes written in a type: the named ones (not {@code 'static}), and whether one is elided. */
    private static final class Lifetimes {
        final Set<String> named = new HashSet<>();
        boolean elided;
    }

    private static Lifetimes scan(Ty t) {
        Lifetimes l = new Lifetimes();
        scan(t, l);
        return l;
    }

    private static void scan(Ty t, Lifetimes l) {
        if (t instanceof Ty.RefTy r) {
            lifetime(r.lifetime() == null ? null : r.lifetime().name(), l);
            scan(r.inner(), l);
        } else if (t instanceof Ty.PathTy p) {
            for (PathSegment s : p.path().segments()) {
                if (s.args() instanceof GenericArgs.AngleBracketed ab) {
                    for (GenericArg a : ab.args()) {
                        if (a instanceof GenericArg.LifetimeArg la) {
                            lifetime(la.lifetime().name(), l);
                        } else if (a instanceof GenericArg.TypeArg ta) {
                            scan(ta.ty(), l);
                        } else if (a instanceof GenericArg.Binding b && b.ty() != null) {
                            scan(b.ty(), l);
                        }
                    }
                }
            }
        } else if (t instanceof Ty.SliceTy s) {
            scan(s.elem(), l);
        } else if (t instanceof Ty.ArrayTy a) {
            scan(a.elem(), l);
        } else if (t instanceof Ty.TupleTy tu) {
            tu.elems().forEach(e -> scan(e, l));
        } else if (t instanceof Ty.ParenTy p) {
            scan(p.inner(), l);
        } else if (t instanceof Ty.ImplTraitTy || t instanceof Ty.DynTraitTy || t instanceof Ty.FnPtrTy) {
            // opaque: its captured lifetimes are not spelled out; count it as elided so that `&self` ties it
            l.elided = true;
        }
    }

    private static void lifetime(String name, Lifetimes l) {
        if (name == null || name.equals("'_")) {
            l.elided = true;
        } else if (!name.equals("'static")) {
            l.named.add(name);
        }
    }
}
