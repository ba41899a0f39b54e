package dev.wasmrust.runtime;

/**
 * The shape of a session's shared state.
 *
 * @param initialPages  linear memory pages at start (64 KiB each)
 * @param maxPages      the memory's maximum: {@code memory.grow} beyond it fails and the cell runs out of memory
 * @param tableSize     funcref table entries at start
 * @param tableMax      funcref table maximum
 * @param stackPointer  the initial {@code __stack_pointer} (the shadow stack grows down from it)
 */
public record StoreConfig(int initialPages, int maxPages, int tableSize, int tableMax, int stackPointer) {
    /** 16384 pages = 1 GiB, the architecture's session default. */
    public static final int DEFAULT_MAX_PAGES = 16384;

    public StoreConfig {
        if (initialPages < 0 || maxPages < initialPages || maxPages > 32767) {
            throw new IllegalArgumentException("memory pages " + initialPages + ".." + maxPages);
        }
        if (tableSize < 0 || tableMax < tableSize) {
            throw new IllegalArgumentException("table size " + tableSize + ".." + tableMax);
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig(17, DEFAULT_MAX_PAGES, 1024, 1 << 20, 17 * 65536);
    }

    public StoreConfig withMaxPages(int max) {
        return new StoreConfig(Math.min(initialPages, max), max, tableSize, tableMax, stackPointer);
    }
}
