package dev.wasmrust.compiler.patterns;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the type checker's patterns into constructor form, numbering them in rustc's order (fields
 * before their pattern, arms in order) so that explanations list covering patterns as rustc does.
 */
final class Lowering {
    private final Types types;
    private int nextUid;

    Lowering(Types types) {
        this.types = types;
    }

    DPat lower(CPat p, PatType type, int arm) {
        PatType t = Types.resolve(type);
        if (t instanceof PatType.Ref r && derefsImplicitly(p)) {
            // default binding mode: the type checker let this pattern through the reference
            DPat inner = lower(p, r.inner(), arm);
            return make(Ctor.REF, new DPat[] {inner}, type, p, arm);
        }
        if (p instanceof CPat.Wild) {
            return make(Ctor.WILDCARD, new DPat[0], type, p, arm);
        }
        if (p instanceof CPat.Bind b) {
            return b.sub() == null ? make(Ctor.WILDCARD, new DPat[0], type, p, arm) : lower(b.sub(), type, arm);
        }
        if (p instanceof CPat.Or o) {
            List<CPat> alts = new ArrayList<>();
            flatten(o, alts);
            DPat[] fields = new DPat[alts.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = lower(alts.get(i), type, arm);
            }
            return make(Ctor.OR, fields, type, p, arm);
        }
        if (p instanceof CPat.BoolLit b) {
            expect(t instanceof PatType.Bool, p, t);
            return make(new Ctor.Bool(b.value()), new DPat[0], type, p, arm);
        }
        if (p instanceof CPat.IntLit i) {
            expect(t instanceof PatType.Int, p, t);
            return make(new Ctor.Ints(IntRange.singleton(i.value(), t)), new DPat[0], type, p, arm);
        }
        if (p instanceof CPat.CharLit c) {
            expect(t instanceof PatType.Char, p, t);
            return make(new Ctor.Ints(IntRange.singleton(BigInteger.valueOf(c.codePoint()), t)), new DPat[0], type, p, arm);
        }
        if (p instanceof CPat.Range r) {
            expect(t instanceof PatType.Int || t instanceof PatType.Char, p, t);
            return make(new Ctor.Ints(IntRange.of(r.lo(), r.hi(), r.inclusive(), t)), new DPat[0], type, p, arm);
        }
        if (p instanceof CPat.OpaqueLit l) {
            expect(t instanceof PatType.Opaque, p, t);
            return make(new Ctor.Literal(l.text()), new DPat[0], type, p, arm);
        }
        if (p instanceof CPat.Ref r) {
            expect(t instanceof PatType.Ref, p, t);
            DPat inner = lower(r.inner(), ((PatType.Ref) t).inner(), arm);
            return make(Ctor.REF, new DPat[] {inner}, type, p, arm);
        }
        if (p instanceof CPat.Tuple tu) {
            expect(t instanceof PatType.Tuple tt && tt.elems().size() == tu.elems().size(), p, t);
            return make(Ctor.STRUCT, lowerFields(tu.elems(), ((PatType.Tuple) t).elems(), arm), type, p, arm);
        }
        if (p instanceof CPat.Variant v) {
            expect(t instanceof PatType.Adt, p, t);
            PatType.Adt adt = (PatType.Adt) t;
            PatType.Variant def = adt.variants().get(v.index());
            expect(def.fieldTypes().size() == v.fields().size(), p, t);
            Ctor ctor = adt.isEnum() ? new Ctor.Variant(v.index()) : Ctor.STRUCT;
            return make(ctor, lowerFields(v.fields(), def.fieldTypes(), arm), type, p, arm);
        }
        if (p instanceof CPat.Slice s) {
            PatType elem;
            int arrayLen;
            if (t instanceof PatType.Array a) {
                elem = a.elem();
                arrayLen = a.len();
            } else {
                expect(t instanceof PatType.Slice, p, t);
                elem = ((PatType.Slice) t).elem();
                arrayLen = -1;
            }
            SliceShape shape = s.hasRest()
                    ? SliceShape.of(arrayLen, true, s.prefix().size(), s.suffix().size())
                    : SliceShape.fixed(arrayLen, s.prefix().size() + s.suffix().size());
            List<CPat> all = new ArrayList<>(s.prefix());
            all.addAll(s.suffix());
            DPat[] fields = new DPat[all.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = lower(all.get(i), elem, arm);
            }
            return make(new Ctor.Slice(shape), fields, type, p, arm);
        }
        throw new IllegalArgumentException("unknown pattern " + p);
    }

    private DPat[] lowerFields(List<CPat> pats, List<PatType> fieldTypes, int arm) {
        DPat[] fields = new DPat[pats.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = pats.get(i) == null ? null : lower(pats.get(i), fieldTypes.get(i), arm);
        }
        return fields;
    }

    private DPat make(Ctor ctor, DPat[] fields, PatType type, CPat source, int arm) {
        return new DPat(ctor, fields, type, source, arm, nextUid++);
    }

    private static boolean derefsImplicitly(CPat p) {
        return !(p instanceof CPat.Wild || p instanceof CPat.Bind || p instanceof CPat.Ref || p instanceof CPat.Or);
    }

    private static void flatten(CPat p, List<CPat> out) {
        if (p instanceof CPat.Or o) {
            for (CPat a : o.alts()) {
                flatten(a, out);
            }
        } else {
            out.add(p);
        }
    }

    private static void expect(boolean ok, CPat p, PatType t) {
        if (!ok) {
            throw new IllegalArgumentException("pattern " + p + " does not fit type " + t.display());
        }
    }
}
