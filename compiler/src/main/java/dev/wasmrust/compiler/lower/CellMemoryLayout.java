package dev.wasmrust.compiler.lower;

/**
 * The parts of {@link MemoryLayout} a session must know to host cells: the memory and stack it creates, the
 * static area it allocates from, and where a cell leaves its shown value.
 */
public final class CellMemoryLayout {
    private CellMemoryLayout() {}

    /** Pages the session's memory needs at least (static data, output buffer, shadow stack, the heap's state). */
    public static final int MIN_PAGES = MemoryLayout.MIN_PAGES;
    /** The initial {@code __stack_pointer}: the shadow stack grows down from here. */
    public static final int STACK_TOP = MemoryLayout.STACK_TOP;
    /** Static data and session variables live in [STATIC_BASE, STATIC_LIMIT). */
    public static final int STATIC_BASE = MemoryLayout.DATA_BASE;
    public static final int STATIC_LIMIT = MemoryLayout.DATA_LIMIT;
    /** Three words: address and length of the shown value's Debug text, and 1 when one was shown. */
    public static final int VALUE_SLOT = MemoryLayout.VALUE_SLOT;
}
