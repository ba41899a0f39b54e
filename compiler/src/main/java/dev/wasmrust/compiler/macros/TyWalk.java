package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.GenericArg;
import dev.wasmrust.compiler.ast.GenericArgs;
import dev.wasmrust.compiler.ast.Path;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.ast.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a type with the macro calls in it expanded: a type macro itself, and types nested in references,
 * slices, arrays, tuples and generic arguments ({@code Vec<my_ty!()>}).
 */
final class TyWalk {
    private TyWalk() {}

    static Ty walk(Ty t, Expander x, MacroScope s, int d) {
        if (t instanceof Ty.RefTy r) {
            return new Ty.RefTy(r.lifetime(), r.mutability(), x.ty(r.inner(), s, d), r.span());
        }
        if (t instanceof Ty.PtrTy p) {
            return new Ty.PtrTy(p.mutability(), x.ty(p.inner(), s, d), p.span());
        }
        if (t instanceof Ty.SliceTy sl) {
            return new Ty.SliceTy(x.ty(sl.elem(), s, d), sl.span());
        }
        if (t instanceof Ty.ArrayTy a) {
            return new Ty.ArrayTy(x.ty(a.elem(), s, d), x.expr(a.len(), s, d), a.span());
        }
        if (t instanceof Ty.TupleTy tu) {
            List<Ty> elems = new ArrayList<>(tu.elems().size());
            for (Ty e : tu.elems()) {
                elems.add(x.ty(e, s, d));
            }
            return new Ty.TupleTy(elems, tu.span());
        }
        if (t instanceof Ty.ParenTy p) {
            return new Ty.ParenTy(x.ty(p.inner(), s, d), p.span());
        }
        if (t instanceof Ty.PathTy p) {
            return new Ty.PathTy(p.qself(), path(p.path(), x, s, d), p.span());
        }
        return t;
    }

    private static Path path(Path p, Expander x, MacroScope s, int d) {
        List<PathSegment> segs = new ArrayList<>(p.segments().size());
        for (PathSegment seg : p.segments()) {
            if (seg.args() instanceof GenericArgs.AngleBracketed ab) {
                List<GenericArg> args = new ArrayList<>(ab.args().size());
                for (GenericArg a : ab.args()) {
                    args.add(a instanceof GenericArg.TypeArg ta ? new GenericArg.TypeArg(x.ty(ta.ty(), s, d)) : a);
                }
                segs.add(new PathSegment(seg.ident(), new GenericArgs.AngleBracketed(args, ab.span())));
            } else {
                segs.add(seg);
            }
        }
        return new Path(p.global(), segs, p.span());
    }
}
