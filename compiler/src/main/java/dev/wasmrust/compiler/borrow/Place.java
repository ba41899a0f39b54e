package dev.wasmrust.compiler.borrow;

import java.util.ArrayList;
import java.util.List;

/**
 * A place rooted at a local: the local and a path of projections (field indices, {@link #DEREF}, {@link #INDEX},
 * enum-variant fields). Two places overlap when one path is a prefix of the other; every index overlaps every
 * other, since the borrow checker does not know index values (as rustc's does not).
 */
record Place(int local, List<Integer> path) {
    static final int DEREF = -1;
    static final int INDEX = -2;

    Place {
        path = List.copyOf(path);
    }

    Place then(int projection) {
        List<Integer> p = new ArrayList<>(path);
        p.add(projection);
        return new Place(local, p);
    }

    /** A field of enum variant {@code variant} (as a pattern binds it); distinct from any struct field index. */
    static int variantField(int variant, int field) {
        return 100_000 + variant * 1_000 + field;
    }

    boolean hasDeref() {
        return path.contains(DEREF);
    }

    /** Whether {@code this} is a prefix of {@code other} (or equal), indices matching any index. */
    boolean isPrefixOf(Place other) {
        if (local != other.local || path.size() > other.path.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            if (!path.get(i).equals(other.path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an access to {@code this} touches the data of a loan of {@code loan}. With {@code throughRefs} false
     * (assignments, moves, storage going away) a loan of something behind a reference stored in {@code this}
     * is not touched: overwriting or moving a reference leaves its referent alone.
     */
    boolean overlaps(Place loan, boolean throughRefs) {
        if (loan.isPrefixOf(this)) {
            return true;
        }
        if (!isPrefixOf(loan)) {
            return false;
        }
        return throughRefs || !loan.path.subList(path.size(), loan.path.size()).contains(DEREF);
    }
}
