package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * What the type checker needs to know to check a REPL cell: the symbol of the function holding the cell's
 * statements, and the session variables that function sees as locals ("external" locals: declared by an
 * earlier cell, typed there, stored at a fixed address by the session).
 *
 * <p>External local {@code i} gets the TLocal id {@link #externalId(int)}, so lowering can tell them apart
 * from the function's own locals without a side table.
 */
public record CellSpec(String entrySymbol, List<External> externals, int bodiesOf) {
    /**
     * A session variable. {@code type} may come from an earlier check (another checker's definitions):
     * its struct and enum definitions are looked up again by path in the checker that uses it.
     */
    public record External(String name, boolean mutable, Type type, Span declSpan) {}

    /** Below every id the checker or the macro expander hands out (those count up from 0 or down from -1). */
    private static final int EXTERNAL_BASE = Integer.MIN_VALUE / 2;

    public CellSpec {
        externals = List.copyOf(externals);
    }

    /** A cell whose every item body is checked (as after a redefinition, which may break a dependent). */
    public CellSpec(String entrySymbol, List<External> externals) {
        this(entrySymbol, externals, -1);
    }

    /**
     * Whether bodies in this source file are checked only when lowering reaches them: with {@code bodiesOf}
     * set (a file id), items of other files (earlier cells, checked when they were entered, against the same
     * definitions) are not checked again.
     */
    boolean lazyBodiesIn(int fileId) {
        return bodiesOf >= 0 && fileId != bodiesOf;
    }

    public static int externalId(int index) {
        return EXTERNAL_BASE + index;
    }

    /** The index of the external local with this id, or -1 for any other local. */
    public static int externalIndex(int localId) {
        long i = (long) localId - EXTERNAL_BASE;
        return i >= 0 && i < (1 << 24) ? (int) i : -1;
    }
}
