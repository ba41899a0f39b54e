package dev.wasmrust.compiler.lower;

/**
 * How to lower a REPL cell (see {@link LowerPhase#lowerCell}): the function holding the cell's statements,
 * the export name it gets, the addresses of the session variables it sees (external local {@code i} of
 * {@link dev.wasmrust.compiler.types.CellSpec} at {@code externalAddresses[i]}), and where the cell's new
 * top-level bindings get their static slots.
 */
public record CellLowering(String entrySymbol, String exportName, int[] externalAddresses, StaticAllocator allocator) {
    public CellLowering {
        externalAddresses = externalAddresses.clone();
    }

    /** Session-wide static memory: addresses handed out are never reused, so earlier cells' data stays valid. */
    @FunctionalInterface
    public interface StaticAllocator {
        /** A fresh, zeroed block; throws {@link IllegalStateException} when the static area is full. */
        int allocate(int size, int align);
    }
}
