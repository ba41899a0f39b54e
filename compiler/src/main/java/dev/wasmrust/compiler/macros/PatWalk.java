package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.ast.Pat;
import dev.wasmrust.compiler.ast.Pat.*;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds a pattern with the macro calls in it expanded. */
final class PatWalk {
    private PatWalk() {}

    static Pat walk(Pat p, Expander x, MacroScope s, int d) {
        if (p instanceof IdentPat ip && ip.sub() != null) {
            return new IdentPat(ip.byRef(), ip.mutability(), ip.name(), x.pat(ip.sub(), s, d), ip.span());
        }
        if (p instanceof TuplePat t) {
            return new TuplePat(pats(t.elems(), x, s, d), t.span());
        }
        if (p instanceof StructPat sp) {
            List<FieldPat> fs = new ArrayList<>(sp.fields().size());
            for (FieldPat f : sp.fields()) {
                fs.add(new FieldPat(f.attrs(), f.name(), x.pat(f.pat(), s, d), f.shorthand(), f.span()));
            }
            return new StructPat(sp.qself(), sp.path(), fs, sp.rest(), sp.span());
        }
        if (p instanceof TupleStructPat t) {
            return new TupleStructPat(t.qself(), t.path(), pats(t.elems(), x, s, d), t.span());
        }
        if (p instanceof SlicePat sl) {
            return new SlicePat(pats(sl.elems(), x, s, d), sl.span());
        }
        if (p instanceof RefPat r) {
            return new RefPat(r.mutability(), x.pat(r.pat(), s, d), r.span());
        }
        if (p instanceof OrPat o) {
            return new OrPat(pats(o.alts(), x, s, d), o.span());
        }
        if (p instanceof ParenPat pp) {
            return new ParenPat(x.pat(pp.inner(), s, d), pp.span());
        }
        if (p instanceof BoxPat b) {
            return new BoxPat(x.pat(b.inner(), s, d), b.span());
        }
        return p;
    }

    private static List<Pat> pats(List<Pat> ps, Expander x, MacroScope s, int d) {
        List<Pat> out = new ArrayList<>(ps.size());
        for (Pat p : ps) {
            out.add(x.pat(p, s, d));
        }
        return out;
    }
}
