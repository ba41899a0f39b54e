package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usefulness algorithm: one pass over the arms that finds the values no arm matches (as
 * witnesses) and, for every arm and or-alternative, whether some value reaches it, and if not, which
 * earlier patterns take its values. Rows are specialized by the constructors of their first column
 * after splitting; a constructor that only repeats what another constructor of the split already
 * shows is "irrelevant" and its witnesses are not collected (rustc's relevancy, which keeps the
 * witness lists short and the search fast).
 */
final class Usefulness {
    private final Types types;
    /** Per branch pattern (an arm's pattern or an alternative of an or-pattern), keyed by uid. */
    private final Map<Integer, Branch> branches = new HashMap<>();

    Usefulness(Types types) {
        this.types = types;
    }

    static final class Branch {
        boolean useful;
        /** Earlier patterns that share values with this one; when it is not useful, together they cover it. */
        final Set<DPat> coveredBy = new LinkedHashSet<>();
    }

    Branch branch(DPat p) {
        return branches.get(p.uid());
    }

    /** One row of the matrix: a tuple of patterns, one per column, for one arm (or alternative). */
    static final class Row {
        final DPat[] pats;
        final boolean relevant;
        final boolean underGuard;
        final int parent;
        final boolean headIsBranch;
        boolean useful;
        final BitSet intersects = new BitSet();

        Row(DPat[] pats, boolean relevant, boolean underGuard, int parent, boolean headIsBranch) {
            this.pats = pats;
            this.relevant = relevant;
            this.underGuard = underGuard;
            this.parent = parent;
            this.headIsBranch = headIsBranch;
        }

        DPat head() {
            return pats[0];
        }
    }

    /** A column's place in the scrutinee: its type, whether it surely holds a valid value, whether it is the scrutinee. */
    record Place(PatType type, boolean validOnly, boolean scrutinee) {}

    static final class Matrix {
        final List<Row> rows;
        final Place[] places;
        final boolean wildcardRowRelevant;

        Matrix(Place[] places, boolean wildcardRowRelevant) {
            this(places, wildcardRowRelevant, 10);
        }

        Matrix(Place[] places, boolean wildcardRowRelevant, int capacity) {
            this.rows = new ArrayList<>(capacity);
            this.places = places;
            this.wildcardRowRelevant = wildcardRowRelevant;
        }
    }

    static Matrix initial(List<DPat> arms, List<Boolean> guards, PatType scrutinee, boolean knownValid) {
        Matrix m = new Matrix(new Place[] {new Place(scrutinee, knownValid, true)}, true);
        for (int i = 0; i < arms.size(); i++) {
            m.rows.add(new Row(new DPat[] {arms.get(i)}, true, guards.get(i), i, true));
        }
        return m;
    }

    /**
     * A witness under construction: one pattern per column, the first column on top. Immutable and
     * shared, since one partial witness often grows into many.
     */
    record Stack(WitnessPat top, Stack rest) {
        static final Stack EMPTY = new Stack(null, null);

        Stack push(WitnessPat p) {
            return new Stack(p, this);
        }
    }

    private static List<Stack> unitWitness() {
        List<Stack> w = new ArrayList<>();
        w.add(Stack.EMPTY);
        return w;
    }

    List<Stack> compute(Matrix matrix) {
        if (!matrix.wildcardRowRelevant && noneRelevant(matrix.rows)) {
            return new ArrayList<>();
        }
        if (matrix.places.length == 0) {
            boolean useful = true;
            for (int i = 0; i < matrix.rows.size(); i++) {
                Row row = matrix.rows.get(i);
                row.useful = useful;
                row.intersects.set(0, i);
                useful &= row.underGuard;
            }
            return useful && matrix.wildcardRowRelevant ? unitWitness() : new ArrayList<>();
        }
        Place place = matrix.places[0];
        List<Ctor> column = new ArrayList<>(matrix.rows.size());
        for (Row r : matrix.rows) {
            column.add(DPat.ctorOf(r.head()));
        }
        List<Ctor> splitCtors = new ArrayList<>();
        List<Ctor> missingCtors = new ArrayList<>();
        splitColumn(place, column, splitCtors, missingCtors);

        List<Stack> ret = new ArrayList<>();
        List<int[]> candidates = rangeBuckets(matrix, splitCtors);
        for (int k = 0; k < splitCtors.size(); k++) {
            Ctor ctor = splitCtors.get(k);
            boolean ctorRelevant = ctor instanceof Ctor.Missing || missingCtors.isEmpty();
            Matrix spec = specialize(matrix, ctor, ctorRelevant, candidates == null ? null : candidates.get(k));
            List<Stack> witnesses = compute(spec);
            ret.addAll(applyConstructor(witnesses, place.type(), missingCtors, ctor));
            unspecialize(matrix, spec);
        }
        for (Row row : matrix.rows) {
            if (row.headIsBranch && row.head() != null) {
                Branch b = branches.computeIfAbsent(row.head().uid(), k -> new Branch());
                b.useful |= row.useful;
                for (int i = row.intersects.nextSetBit(0); i >= 0; i = row.intersects.nextSetBit(i + 1)) {
                    Row other = matrix.rows.get(i);
                    if (other.useful && !other.underGuard && other.head() != null) {
                        b.coveredBy.add(other.head());
                    }
                }
            }
        }
        return ret;
    }

    private static boolean noneRelevant(List<Row> rows) {
        for (Row r : rows) {
            if (r.relevant) {
                return false;
            }
        }
        return true;
    }

    /**
     * The constructors to specialize by (covering the whole type) and those to report as missing,
     * following rustc: empty constructors may be left out where the place surely holds a valid value,
     * and below the scrutinee a column with no constructor at all reports {@code _}.
     */
    private void splitColumn(Place place, List<Ctor> column, List<Ctor> splitCtors, List<Ctor> missingCtors) {
        for (Ctor c : column) {
            if (c instanceof Ctor.Or) {
                splitCtors.add(Ctor.OR);
                return;
            }
        }
        Types.CtorSet set = types.ctorSet(place.type());
        boolean toplevelException = place.scrutinee() && set instanceof Types.CtorSet.NoConstructors;
        boolean emptyArmsAreUnreachable = place.validOnly() && toplevelException;
        boolean canOmitEmptyArms = place.validOnly() || toplevelException;
        Types.Split split = types.split(set, column);
        boolean allMissing = split.present().isEmpty();
        splitCtors.addAll(split.present());
        if (!(split.missing().isEmpty() && (split.missingEmpty().isEmpty() || emptyArmsAreUnreachable))) {
            splitCtors.add(Ctor.MISSING);
        }
        missingCtors.addAll(split.missing());
        if (!canOmitEmptyArms) {
            missingCtors.addAll(split.missingEmpty());
        }
        boolean reportIndividually = place.scrutinee() || !allMissing;
        if (!missingCtors.isEmpty() && !reportIndividually) {
            missingCtors.clear();
            missingCtors.add(Ctor.WILDCARD);
        } else if (missingCtors.contains(Ctor.NON_EXHAUSTIVE)) {
            missingCtors.clear();
            missingCtors.add(Ctor.NON_EXHAUSTIVE);
        }
    }

    /**
     * For a column split into many integer ranges, the rows that each piece can select, found in one
     * pass instead of testing every row against every piece: the pieces are sorted and disjoint, so a
     * row's range covers a run of them found by binary search. Rows keep their order in each bucket.
     * Null when the column is not worth it.
     */
    private static List<int[]> rangeBuckets(Matrix m, List<Ctor> splitCtors) {
        int pieces = 0;
        while (pieces < splitCtors.size() && splitCtors.get(pieces) instanceof Ctor.Ints) {
            pieces++;
        }
        if (pieces < 8) {
            return null;
        }
        IntRange[] ranges = new IntRange[pieces];
        for (int k = 0; k < pieces; k++) {
            ranges[k] = ((Ctor.Ints) splitCtors.get(k)).range();
        }
        int[][] buckets = new int[splitCtors.size()][];
        int[] sizes = new int[splitCtors.size()];
        for (int k = 0; k < buckets.length; k++) {
            buckets[k] = new int[4];
        }
        for (int i = 0; i < m.rows.size(); i++) {
            Ctor head = DPat.ctorOf(m.rows.get(i).head());
            if (head instanceof Ctor.Wildcard) {
                for (int k = 0; k < buckets.length; k++) {
                    add(buckets, sizes, k, i);
                }
            } else if (head instanceof Ctor.Ints r) {
                for (int k = firstPieceNotBelow(ranges, r.range()); k < pieces && ranges[k].isSubrangeOf(r.range()); k++) {
                    add(buckets, sizes, k, i);
                }
            }
        }
        List<int[]> out = new ArrayList<>(buckets.length);
        for (int k = 0; k < buckets.length; k++) {
            out.add(java.util.Arrays.copyOf(buckets[k], sizes[k]));
        }
        return out;
    }

    private static int firstPieceNotBelow(IntRange[] pieces, IntRange r) {
        int lo = 0;
        int hi = pieces.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pieces[mid].endsBefore(r)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void add(int[][] buckets, int[] sizes, int k, int row) {
        if (sizes[k] == buckets[k].length) {
            buckets[k] = java.util.Arrays.copyOf(buckets[k], sizes[k] * 2);
        }
        buckets[k][sizes[k]++] = row;
    }

    /** The rows of {@code m} that {@code ctor} selects, specialized; {@code candidates}, if given, are the only rows it can select. */
    private Matrix specialize(Matrix m, Ctor ctor, boolean ctorRelevant, int[] candidates) {
        if (ctor instanceof Ctor.Or) {
            Matrix out = new Matrix(m.places, m.wildcardRowRelevant);
            for (int i = 0; i < m.rows.size(); i++) {
                Row row = m.rows.get(i);
                DPat head = row.head();
                if (head != null && head.isOr()) {
                    for (DPat alt : head.fields()) {
                        DPat[] pats = row.pats.clone();
                        pats[0] = alt;
                        out.rows.add(new Row(pats, row.relevant, row.underGuard, i, true));
                    }
                } else {
                    out.rows.add(new Row(row.pats, row.relevant, row.underGuard, i, false));
                }
            }
            return out;
        }
        Place place = m.places[0];
        List<PatType> fieldTypes = types.fieldTypes(ctor, place.type());
        int arity = fieldTypes.size();
        boolean fieldsValid = place.validOnly() && !(ctor instanceof Ctor.Ref);
        Place[] places = new Place[arity + m.places.length - 1];
        for (int i = 0; i < arity; i++) {
            places[i] = new Place(fieldTypes.get(i), fieldsValid, false);
        }
        System.arraycopy(m.places, 1, places, arity, m.places.length - 1);
        int count = candidates == null ? m.rows.size() : candidates.length;
        Matrix out = new Matrix(places, m.wildcardRowRelevant && ctorRelevant, count);
        for (int c = 0; c < count; c++) {
            int i = candidates == null ? c : candidates[c];
            Row row = m.rows.get(i);
            DPat head = row.head();
            Ctor headCtor = DPat.ctorOf(head);
            if (candidates == null && !ctor.isCoveredBy(headCtor)) {
                continue;
            }
            DPat[] pats = new DPat[arity + row.pats.length - 1];
            if (head != null) {
                System.arraycopy(head.specialize(ctor, arity), 0, pats, 0, arity);
            }
            System.arraycopy(row.pats, 1, pats, arity, row.pats.length - 1);
            boolean relevant = row.relevant && (!(headCtor instanceof Ctor.Wildcard) || ctorRelevant);
            out.rows.add(new Row(pats, relevant, row.underGuard, i, false));
        }
        return out;
    }

    /** Carries usefulness and intersections found in a specialized matrix back to the rows they came from. */
    private static void unspecialize(Matrix m, Matrix spec) {
        for (Row child : spec.rows) {
            Row parent = m.rows.get(child.parent);
            parent.useful |= child.useful;
            for (int i = child.intersects.nextSetBit(0); i >= 0; i = child.intersects.nextSetBit(i + 1)) {
                int p = spec.rows.get(i).parent;
                if (p != child.parent) {
                    parent.intersects.set(p);
                }
            }
        }
    }

    private List<Stack> applyConstructor(List<Stack> witnesses, PatType type, List<Ctor> missing,
            Ctor ctor) {
        if (witnesses.isEmpty() || ctor instanceof Ctor.Or) {
            return witnesses;
        }
        List<Stack> out = new ArrayList<>();
        if (ctor instanceof Ctor.Missing) {
            for (Ctor m : missing) {
                WitnessPat pat = WitnessPat.wildFromCtor(m, type, types);
                for (Stack w : witnesses) {
                    out.add(w.push(pat));
                }
            }
            return out;
        }
        int arity = types.arity(ctor, type);
        for (Stack w : witnesses) {
            WitnessPat[] fields = new WitnessPat[arity];
            Stack rest = w;
            for (int i = 0; i < arity; i++) {
                fields[i] = rest.top();
                rest = rest.rest();
            }
            out.add(rest.push(new WitnessPat(ctor, List.of(fields), type)));
        }
        return out;
    }
}
