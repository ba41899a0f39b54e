package dev.wasmrust.compiler.patterns;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of small types, and an independent reading of what patterns and witnesses match, for
 * checking the checker against brute force. A value is a Boolean, a BigInteger, a List (tuples,
 * arrays, slices) or a {@link Variant}; references are transparent.
 */
final class SmallValues {
    /** Slices are enumerated up to this length. */
    static final int MAX_SLICE = 4;

    record Variant(int index, List<Object> fields) {}

    private SmallValues() {}

    static List<Object> all(PatType type) {
        PatType t = Types.resolve(type);
        List<Object> out = new ArrayList<>();
        if (t instanceof PatType.Bool) {
            out.add(true);
            out.add(false);
        } else if (t instanceof PatType.Int i) {
            for (BigInteger v = i.min(); v.compareTo(i.max()) <= 0; v = v.add(BigInteger.ONE)) {
                out.add(v);
            }
        } else if (t instanceof PatType.Tuple tu) {
            out.addAll(product(tu.elems()));
        } else if (t instanceof PatType.Adt adt) {
            for (int k = 0; k < adt.variants().size(); k++) {
                for (List<Object> fields : product(adt.variants().get(k).fieldTypes())) {
                    out.add(new Variant(k, fields));
                }
            }
        } else if (t instanceof PatType.Ref r) {
            out.addAll(all(r.inner()));
        } else if (t instanceof PatType.Array a) {
            out.addAll(product(java.util.Collections.nCopies(a.len(), a.elem())));
        } else if (t instanceof PatType.Slice s) {
            for (int len = 0; len <= MAX_SLICE; len++) {
                out.addAll(product(java.util.Collections.nCopies(len, s.elem())));
            }
        } else if (!(t instanceof PatType.Never)) {
            throw new IllegalArgumentException("not enumerable: " + t.display());
        }
        return out;
    }

    private static List<List<Object>> product(List<PatType> types) {
        List<List<Object>> acc = new ArrayList<>();
        acc.add(List.of());
        for (PatType t : types) {
            List<Object> vs = all(t);
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> prefix : acc) {
                for (Object v : vs) {
                    List<Object> l = new ArrayList<>(prefix);
                    l.add(v);
                    next.add(l);
                }
            }
            acc = next;
        }
        return acc;
    }

    @SuppressWarnings("unchecked")
    static boolean matches(Object v, CPat p, PatType type) {
        PatType t = Types.resolve(type);
        if (p == null || p instanceof CPat.Wild) {
            return true;
        }
        if (p instanceof CPat.Bind b) {
            return b.sub() == null || matches(v, b.sub(), type);
        }
        if (p instanceof CPat.Or o) {
            return o.alts().stream().anyMatch(a -> matches(v, a, type));
        }
        if (t instanceof PatType.Ref r) {
            return matches(v, p instanceof CPat.Ref pr ? pr.inner() : p, r.inner());
        }
        if (p instanceof CPat.BoolLit b) {
            return v.equals(b.value());
        }
        if (p instanceof CPat.IntLit i) {
            return v.equals(i.value());
        }
        if (p instanceof CPat.Range r) {
            BigInteger x = (BigInteger) v;
            boolean lo = r.lo() == null || x.compareTo(r.lo()) >= 0;
            boolean hi = r.hi() == null || (r.inclusive() ? x.compareTo(r.hi()) <= 0 : x.compareTo(r.hi()) < 0);
            return lo && hi;
        }
        if (p instanceof CPat.Tuple tp) {
            List<Object> vs = (List<Object>) v;
            List<PatType> ts = ((PatType.Tuple) t).elems();
            for (int k = 0; k < vs.size(); k++) {
                if (!matches(vs.get(k), tp.elems().get(k), ts.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (p instanceof CPat.Variant vp) {
            Variant x = (Variant) v;
            if (x.index() != vp.index()) {
                return false;
            }
            List<PatType> ts = ((PatType.Adt) t).variants().get(x.index()).fieldTypes();
            for (int k = 0; k < ts.size(); k++) {
                if (!matches(x.fields().get(k), vp.fields().get(k), ts.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (p instanceof CPat.Slice sp) {
            List<Object> vs = (List<Object>) v;
            PatType elem = t instanceof PatType.Array a ? a.elem() : ((PatType.Slice) t).elem();
            int fixed = sp.prefix().size() + sp.suffix().size();
            if (sp.hasRest() ? vs.size() < fixed : vs.size() != fixed) {
                return false;
            }
            for (int k = 0; k < sp.prefix().size(); k++) {
                if (!matches(vs.get(k), sp.prefix().get(k), elem)) {
                    return false;
                }
            }
            for (int k = 0; k < sp.suffix().size(); k++) {
                if (!matches(vs.get(vs.size() - sp.suffix().size() + k), sp.suffix().get(k), elem)) {
                    return false;
                }
            }
            return true;
        }
        throw new IllegalArgumentException("unexpected pattern " + p);
    }

    @SuppressWarnings("unchecked")
    static boolean matchesWitness(Object v, WitnessPat w) {
        PatType t = Types.resolve(w.type());
        Ctor c = w.ctor();
        if (c instanceof Ctor.Wildcard || c instanceof Ctor.NonExhaustive || c instanceof Ctor.Never) {
            return true;
        }
        if (c instanceof Ctor.Ref) {
            return matchesWitness(v, w.fields().get(0));
        }
        if (c instanceof Ctor.Bool b) {
            return v.equals(b.value());
        }
        if (c instanceof Ctor.Ints i) {
            BigInteger x = (BigInteger) v;
            return x.compareTo(i.range().lo()) >= 0 && x.compareTo(i.range().hi()) < 0;
        }
        if (c instanceof Ctor.Struct) {
            List<Object> vs = v instanceof Variant x ? x.fields() : (List<Object>) v;
            for (int k = 0; k < vs.size(); k++) {
                if (!matchesWitness(vs.get(k), w.fields().get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (c instanceof Ctor.Variant cv) {
            Variant x = (Variant) v;
            if (x.index() != cv.index()) {
                return false;
            }
            for (int k = 0; k < x.fields().size(); k++) {
                if (!matchesWitness(x.fields().get(k), w.fields().get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (c instanceof Ctor.Slice s) {
            List<Object> vs = (List<Object>) v;
            SliceShape shape = s.shape();
            if (!shape.coversLength(vs.size())) {
                return false;
            }
            for (int k = 0; k < shape.prefix(); k++) {
                if (!matchesWitness(vs.get(k), w.fields().get(k))) {
                    return false;
                }
            }
            for (int k = 0; k < shape.suffix(); k++) {
                if (!matchesWitness(vs.get(vs.size() - shape.suffix() + k), w.fields().get(shape.prefix() + k))) {
                    return false;
                }
            }
            return true;
        }
        throw new IllegalArgumentException("unexpected witness " + w + " of " + t.display());
    }
}
