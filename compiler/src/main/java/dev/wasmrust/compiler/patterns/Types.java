package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What the algorithm asks of a type: its fields under a constructor, and whether it has values at all. */
final class Types {
    private final Map<PatType, Boolean> uninhabited = new IdentityHashMap<>();

    static PatType resolve(PatType t) {
        return t instanceof PatType.Lazy l ? l.resolve() : t;
    }

    /** The types of the fields of {@code ctor} applied to a value of type {@code t}. */
    List<PatType> fieldTypes(Ctor ctor, PatType t) {
        t = resolve(t);
        if (ctor instanceof Ctor.Struct) {
            if (t instanceof PatType.Tuple tu) {
                return tu.elems();
            }
            return ((PatType.Adt) t).variants().get(0).fieldTypes();
        }
        if (ctor instanceof Ctor.Variant v) {
            return ((PatType.Adt) t).variants().get(v.index()).fieldTypes();
        }
        if (ctor instanceof Ctor.Ref) {
            return List.of(((PatType.Ref) t).inner());
        }
        if (ctor instanceof Ctor.Slice s) {
            PatType elem = t instanceof PatType.Array a ? a.elem() : ((PatType.Slice) t).elem();
            return Collections.nCopies(s.shape().arity(), elem);
        }
        return List.of();
    }

    int arity(Ctor ctor, PatType t) {
        if (ctor instanceof Ctor.Slice s) {
            return s.shape().arity();
        }
        if (ctor instanceof Ctor.Struct || ctor instanceof Ctor.Variant || ctor instanceof Ctor.Ref) {
            return fieldTypes(ctor, t).size();
        }
        return 0;
    }

    /**
     * Whether no value has this type (rustc's visible uninhabitedness, without privacy). References
     * always count as inhabited; a type met again while it is being decided is taken as inhabited.
     */
    boolean isUninhabited(PatType t) {
        t = resolve(t);
        Boolean known = uninhabited.get(t);
        if (known != null) {
            return known;
        }
        uninhabited.put(t, false);
        boolean result;
        if (t instanceof PatType.Never) {
            result = true;
        } else if (t instanceof PatType.Tuple tu) {
            result = tu.elems().stream().anyMatch(this::isUninhabited);
        } else if (t instanceof PatType.Array a) {
            result = a.len() > 0 && isUninhabited(a.elem());
        } else if (t instanceof PatType.Adt adt) {
            result = adt.isEnum()
                    ? adt.variants().stream().allMatch(this::isVariantUninhabited)
                    : adt.variants().stream().anyMatch(this::isVariantUninhabited);
        } else {
            result = false;
        }
        uninhabited.put(t, result);
        return result;
    }

    boolean isVariantUninhabited(PatType.Variant v) {
        return v.fieldTypes().stream().anyMatch(this::isUninhabited);
    }

    /** Whether every constructor of the type is empty (rustc's test for printing a wildcard as a never pattern). */
    boolean allEmpty(PatType t) {
        CtorSet set = ctorSet(t);
        if (set instanceof CtorSet.NoConstructors) {
            return true;
        }
        if (set instanceof CtorSet.Struct s) {
            return s.empty();
        }
        if (set instanceof CtorSet.Variants v) {
            return v.empty().stream().allMatch(e -> e);
        }
        if (set instanceof CtorSet.Slices s) {
            return s.elemEmpty() && s.arrayLen() >= 1;
        }
        return false;
    }

    /** The constructors of a type, as a description the splitting works from. */
    sealed interface CtorSet {
        record Struct(boolean empty) implements CtorSet {}

        /** One entry per variant: whether the variant has no values. */
        record Variants(List<Boolean> empty) implements CtorSet {}

        record Ref() implements CtorSet {}

        record Bool() implements CtorSet {}

        record Integers(List<IntRange> ranges) implements CtorSet {}

        record Slices(int arrayLen, boolean elemEmpty) implements CtorSet {}

        /** Values that cannot be listed: only a wildcard covers them all. */
        record Unlistable() implements CtorSet {}

        /** {@code !} and enums without variants. */
        record NoConstructors() implements CtorSet {}
    }

    CtorSet ctorSet(PatType t) {
        t = resolve(t);
        if (t instanceof PatType.Bool) {
            return new CtorSet.Bool();
        }
        if (t instanceof PatType.Int || t instanceof PatType.Char) {
            return new CtorSet.Integers(IntRange.typeRanges(t));
        }
        if (t instanceof PatType.Adt adt && adt.isEnum()) {
            if (adt.variants().isEmpty()) {
                return new CtorSet.NoConstructors();
            }
            List<Boolean> empty = new ArrayList<>();
            for (PatType.Variant v : adt.variants()) {
                empty.add(isVariantUninhabited(v));
            }
            return new CtorSet.Variants(empty);
        }
        if (t instanceof PatType.Adt || t instanceof PatType.Tuple) {
            return new CtorSet.Struct(isUninhabited(t));
        }
        if (t instanceof PatType.Ref) {
            return new CtorSet.Ref();
        }
        if (t instanceof PatType.Array a) {
            return new CtorSet.Slices(a.len(), isUninhabited(a.elem()));
        }
        if (t instanceof PatType.Slice s) {
            return new CtorSet.Slices(-1, isUninhabited(s.elem()));
        }
        if (t instanceof PatType.Never) {
            return new CtorSet.NoConstructors();
        }
        return new CtorSet.Unlistable();
    }

    /** The constructors of a column, split against the type's: present, missing, and missing but empty. */
    record Split(List<Ctor> present, List<Ctor> missing, List<Ctor> missingEmpty) {}

    Split split(CtorSet set, List<Ctor> column) {
        List<Ctor> present = new ArrayList<>();
        List<Ctor> missing = new ArrayList<>();
        List<Ctor> missingEmpty = new ArrayList<>();
        List<Ctor> seen = new ArrayList<>();
        for (Ctor c : column) {
            if (!(c instanceof Ctor.Wildcard)) {
                seen.add(c);
            }
        }
        if (set instanceof CtorSet.Struct s) {
            if (!seen.isEmpty()) {
                present.add(Ctor.STRUCT);
            } else {
                (s.empty() ? missingEmpty : missing).add(Ctor.STRUCT);
            }
        } else if (set instanceof CtorSet.Ref) {
            (seen.isEmpty() ? missing : present).add(Ctor.REF);
        } else if (set instanceof CtorSet.Variants vs) {
            java.util.BitSet seenIdx = new java.util.BitSet();
            for (Ctor c : seen) {
                seenIdx.set(((Ctor.Variant) c).index());
            }
            for (int i = 0; i < vs.empty().size(); i++) {
                Ctor c = new Ctor.Variant(i);
                if (seenIdx.get(i)) {
                    present.add(c);
                } else {
                    (vs.empty().get(i) ? missingEmpty : missing).add(c);
                }
            }
        } else if (set instanceof CtorSet.Bool) {
            // rustc 1.95 lists `true` before `false`
            boolean tr = seen.contains(new Ctor.Bool(true));
            boolean f = seen.contains(new Ctor.Bool(false));
            (tr ? present : missing).add(new Ctor.Bool(true));
            (f ? present : missing).add(new Ctor.Bool(false));
        } else if (set instanceof CtorSet.Integers is) {
            List<IntRange> ranges = new ArrayList<>();
            for (Ctor c : seen) {
                ranges.add(((Ctor.Ints) c).range());
            }
            for (IntRange r : is.ranges()) {
                for (IntRange.Piece p : r.split(ranges)) {
                    (p.seen() ? present : missing).add(new Ctor.Ints(p.range()));
                }
            }
        } else if (set instanceof CtorSet.Slices ss) {
            List<SliceShape> shapes = new ArrayList<>();
            for (Ctor c : seen) {
                shapes.add(((Ctor.Slice) c).shape());
            }
            SliceShape base = SliceShape.of(ss.arrayLen(), true, 0, 0);
            for (SliceShape.Piece p : base.split(shapes)) {
                Ctor c = new Ctor.Slice(p.shape());
                if (p.seen()) {
                    present.add(c);
                } else if (ss.elemEmpty() && p.shape().arity() != 0) {
                    missingEmpty.add(c);
                } else {
                    missing.add(c);
                }
            }
        } else if (set instanceof CtorSet.Unlistable) {
            present.addAll(seen);
            missing.add(Ctor.NON_EXHAUSTIVE);
        } else {
            missingEmpty.add(Ctor.NEVER);
        }
        return new Split(present, missing, missingEmpty);
    }
}
