package dev.wasmrust.compiler.patterns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The checker against brute force over small types whose values can all be listed. */
class PatternPropertiesTest {

    /**
     * If the checker calls a match exhaustive, every value is matched by an unguarded arm; every
     * witness stands for values that no unguarded arm matches (and for at least one value, unless it
     * shows a type without values); every arm reported unreachable only matches values an earlier
     * unguarded arm takes. Where the type has no empty parts and no slices, the converse holds too:
     * if every value is matched, the match is exhaustive.
     */
    @Property(tries = 300)
    void propertyExhaustive_agreesWithEnumeratingTheValues(@ForAll long seed) {
        Random rnd = new Random(seed);
        PatType type;
        List<Object> values;
        do {
            type = randomType(rnd, 3);
            values = sizeOf(type) <= 3000 ? SmallValues.all(type) : null;
        } while (values == null);
        List<Arm> arms = new ArrayList<>();
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            arms.add(new Arm(randomPattern(rnd, type, 3), rnd.nextInt(7) == 0));
        }
        MatchReport r = MatchCheck.check(type, arms);
        String context = "type " + type.display() + ", arms " + arms + ", witnesses " + r.witnessTexts();

        boolean allMatched = true;
        for (Object v : values) {
            allMatched &= matchedByUnguardedArm(v, arms, type, arms.size());
        }
        if (r.isExhaustive()) {
            assertTrue(allMatched, "exhaustive but a value is unmatched: " + context);
        } else if (precise(type, 0)) {
            assertFalse(allMatched, "every value is matched but the match is not exhaustive: " + context);
        }
        for (Witness w : r.witnesses()) {
            boolean some = false;
            for (Object v : values) {
                if (SmallValues.matchesWitness(v, w.pat)) {
                    some = true;
                    assertFalse(matchedByUnguardedArm(v, arms, type, arms.size()),
                            "witness " + w + " covers the matched value " + v + ": " + context);
                }
            }
            // a `_` may stand for an empty type that rustc still counts as inhabited (behind a reference)
            assertTrue(some || showsEmptyType(w.pat) || !precise(type, 0), "witness " + w + " stands for no value: " + context);
        }
        for (int arm : r.unreachableArms()) {
            for (Object v : values) {
                if (SmallValues.matches(v, arms.get(arm).pattern(), type)) {
                    assertTrue(matchedByUnguardedArm(v, arms, type, arm),
                            "arm " + arm + " reported unreachable but first matches " + v + ": " + context);
                }
            }
        }
    }

    private static boolean matchedByUnguardedArm(Object v, List<Arm> arms, PatType type, int before) {
        for (int i = 0; i < before; i++) {
            if (!arms.get(i).hasGuard() && SmallValues.matches(v, arms.get(i).pattern(), type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean showsEmptyType(WitnessPat w) {
        return w.ctor() instanceof Ctor.Never || w.fields().stream().anyMatch(PatternPropertiesTest::showsEmptyType);
    }

    /** Whether exhaustiveness is exactly "every listed value is matched": no empty parts, no unbounded slices. */
    private static boolean precise(PatType type, int depth) {
        PatType t = Types.resolve(type);
        if (t instanceof PatType.Slice || t instanceof PatType.Never) {
            return false;
        }
        if (t instanceof PatType.Adt adt) {
            if (adt.variants().isEmpty()) {
                return false;
            }
            return adt.variants().stream().allMatch(v -> v.fieldTypes().stream().allMatch(f -> precise(f, depth + 1)));
        }
        if (t instanceof PatType.Tuple tu) {
            return tu.elems().stream().allMatch(e -> precise(e, depth + 1));
        }
        if (t instanceof PatType.Ref r) {
            return precise(r.inner(), depth + 1);
        }
        if (t instanceof PatType.Array a) {
            return precise(a.elem(), depth + 1);
        }
        return true;
    }

    // ---- random types ----

    private static int enumCounter;

    private static PatType randomType(Random rnd, int depth) {
        int pick = depth == 0 ? rnd.nextInt(3) : rnd.nextInt(11);
        switch (pick) {
            case 0:
                return new PatType.Bool();
            case 1:
                return rnd.nextBoolean() ? new PatType.Int("u8", BigInteger.ZERO, BigInteger.valueOf(3))
                        : new PatType.Int("i8", BigInteger.valueOf(-2), BigInteger.valueOf(2));
            case 2:
                return rnd.nextInt(8) == 0 ? new PatType.Adt("Void", "Void", List.of(), true, null) : new PatType.Bool();
            case 3: {
                List<PatType> elems = new ArrayList<>();
                int n = 1 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    elems.add(randomType(rnd, depth - 1));
                }
                return new PatType.Tuple(elems);
            }
            case 4:
                return PatType.option(randomType(rnd, depth - 1), null);
            case 5:
            case 6: {
                List<PatType.Variant> vs = new ArrayList<>();
                int n = 1 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int fields = rnd.nextInt(3);
                    List<PatType> ts = new ArrayList<>();
                    for (int k = 0; k < fields; k++) {
                        ts.add(randomType(rnd, depth - 1));
                    }
                    vs.add(fields == 0 ? PatType.Variant.unit("V" + i) : PatType.Variant.tuple("V" + i, ts));
                }
                boolean isEnum = pick == 5 || n > 1;
                return new PatType.Adt("E", "E", isEnum ? vs : vs.subList(0, 1), isEnum, null);
            }
            case 7:
                return new PatType.Ref(randomType(rnd, depth - 1));
            case 8:
                return new PatType.Array(randomType(rnd, depth - 1), rnd.nextInt(3));
            case 9:
                return new PatType.Ref(new PatType.Slice(rnd.nextBoolean() ? new PatType.Bool()
                        : new PatType.Int("u8", BigInteger.ZERO, BigInteger.valueOf(2))));
            default:
                return new PatType.Bool();
        }
    }

    private static long sizeOf(PatType type) {
        PatType t = Types.resolve(type);
        if (t instanceof PatType.Bool) {
            return 2;
        }
        if (t instanceof PatType.Int i) {
            return i.max().subtract(i.min()).longValue() + 1;
        }
        if (t instanceof PatType.Tuple tu) {
            long s = 1;
            for (PatType e : tu.elems()) {
                s = Math.min(1_000_000, s * sizeOf(e));
            }
            return s;
        }
        if (t instanceof PatType.Adt adt) {
            long s = 0;
            for (PatType.Variant v : adt.variants()) {
                long vs = 1;
                for (PatType f : v.fieldTypes()) {
                    vs = Math.min(1_000_000, vs * sizeOf(f));
                }
                s = Math.min(1_000_000, s + vs);
            }
            return s;
        }
        if (t instanceof PatType.Ref r) {
            return sizeOf(r.inner());
        }
        if (t instanceof PatType.Array a) {
            long s = 1;
            for (int i = 0; i < a.len(); i++) {
                s = Math.min(1_000_000, s * sizeOf(a.elem()));
            }
            return s;
        }
        if (t instanceof PatType.Slice s) {
            long e = sizeOf(s.elem());
            long total = 0;
            long pow = 1;
            for (int len = 0; len <= SmallValues.MAX_SLICE; len++) {
                total = Math.min(1_000_000, total + pow);
                pow = Math.min(1_000_000, pow * e);
            }
            return total;
        }
        return 0;
    }

    // ---- random patterns ----

    private static CPat randomPattern(Random rnd, PatType type, int depth) {
        PatType t = Types.resolve(type);
        int roll = rnd.nextInt(10);
        if (roll == 0 || depth == 0) {
            return rnd.nextBoolean() ? CPat.wild() : new CPat.Bind("x", null, null);
        }
        if (roll == 1) {
            return CPat.or(randomPattern(rnd, type, depth - 1), randomPattern(rnd, type, depth - 1));
        }
        if (t instanceof PatType.Bool) {
            return CPat.bool(rnd.nextBoolean());
        }
        if (t instanceof PatType.Int i) {
            int lo = i.min().intValue();
            int span = i.max().intValue() - lo + 1;
            int a = lo + rnd.nextInt(span);
            if (rnd.nextBoolean()) {
                return CPat.integer(a);
            }
            int b = a + rnd.nextInt(span);
            boolean inclusive = rnd.nextBoolean() || b == a;
            BigInteger from = rnd.nextInt(5) == 0 ? null : BigInteger.valueOf(a);
            BigInteger to = rnd.nextInt(5) == 0 ? null : BigInteger.valueOf(inclusive ? Math.min(b, i.max().intValue()) : b + 1);
            if (to == null) {
                inclusive = true;
            }
            return new CPat.Range(from, to, inclusive, null);
        }
        if (t instanceof PatType.Tuple tu) {
            List<CPat> elems = new ArrayList<>();
            for (PatType e : tu.elems()) {
                elems.add(rnd.nextInt(6) == 0 ? null : randomPattern(rnd, e, depth - 1));
            }
            return new CPat.Tuple(elems, null);
        }
        if (t instanceof PatType.Adt adt) {
            if (adt.variants().isEmpty()) {
                return CPat.wild();
            }
            int k = rnd.nextInt(adt.variants().size());
            List<CPat> fields = new ArrayList<>();
            for (PatType f : adt.variants().get(k).fieldTypes()) {
                fields.add(randomPattern(rnd, f, depth - 1));
            }
            return new CPat.Variant(k, fields, null);
        }
        if (t instanceof PatType.Ref r) {
            CPat inner = randomPattern(rnd, r.inner(), depth - 1);
            boolean implicit = rnd.nextBoolean() && !(inner instanceof CPat.Wild || inner instanceof CPat.Bind
                    || inner instanceof CPat.Or);
            return implicit ? inner : new CPat.Ref(inner, null);
        }
        if (t instanceof PatType.Array a) {
            if (rnd.nextBoolean()) {
                List<CPat> all = new ArrayList<>();
                for (int i = 0; i < a.len(); i++) {
                    all.add(randomPattern(rnd, a.elem(), depth - 1));
                }
                return new CPat.Slice(all, false, List.of(), null);
            }
            int prefix = rnd.nextInt(a.len() + 1);
            int suffix = rnd.nextInt(a.len() - prefix + 1);
            return new CPat.Slice(pats(rnd, a.elem(), prefix, depth), true, pats(rnd, a.elem(), suffix, depth), null);
        }
        if (t instanceof PatType.Slice s) {
            boolean rest = rnd.nextBoolean();
            int prefix = rnd.nextInt(rest ? 3 : 4);
            int suffix = rest ? rnd.nextInt(2) : 0;
            return new CPat.Slice(pats(rnd, s.elem(), prefix, depth), rest, pats(rnd, s.elem(), suffix, depth), null);
        }
        return CPat.wild();
    }

    private static List<CPat> pats(Random rnd, PatType t, int n, int depth) {
        List<CPat> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(randomPattern(rnd, t, depth - 1));
        }
        return out;
    }
}
