package dev.wasmrust.compiler.lower;

/**
 * How to lower a REPL cell (see {@link LowerPhase#lowerCell}): the function holding the cell's statements,
 * the export name it gets, the addresses of the session variables it sees (external local {@code i} of
 * {@link dev.wasmrust.compiler.types.CellSpec} at {@code externalAddresses[i]}), and where the cell's new
 * top-level bindings get their static slots.
 */
public record CellLowering(String entrySymbol, String exportName, int[] externalAddresses, StaticAllocator allocator,
                           Linked linked) {
    public CellLowering {
        externalAddresses = externalAddresses.clone();
    }

    public CellLowering(String entrySymbol, String exportName, int[] externalAddresses, StaticAllocator allocator) {
        this(entrySymbol, exportName, externalAddresses, allocator, symbol -> null);
    }

    /**
     * Whether a function of this cell may be exported to later cells and a function of a later cell imported
     * from this one: everything but the cell function itself (what is named after it, such as its closures, has
     * names no other cell uses).
     */
    public boolean shareable(String symbol) {
        return !symbol.equals(entrySymbol);
    }

    /**
     * The functions earlier cells of the session already compiled, by symbol (instance names, glue and the
     * runtime library's functions): a cell imports those instead of compiling them again.
     */
    @FunctionalInterface
    public interface Linked {
        /** The import that provides {@code symbol} (its {@code name} is the symbol), or null. */
        dev.wasmrust.compiler.wasmir.WirImport find(String symbol);
    }

    /** Session-wide static memory: addresses handed out are never reused, so earlier cells' data stays valid. */
    @FunctionalInterface
    public interface StaticAllocator {
        /** A fresh, zeroed block; throws {@link IllegalStateException} when the static area is full. */
        int allocate(int size, int align);
    }
}
