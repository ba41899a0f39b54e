package dev.wasmrust.compiler.lower;

/**
 * Where a program's pieces live in linear memory. Addresses below {@link #DATA_BASE} are scratch for
 * the runtime (the WASI iovec and digit buffers); static data grows up from {@code DATA_BASE}; the
 * output buffer that formatting writes into sits above the data, at {@link #OUT_BUF}.
 */
final class MemoryLayout {
    private MemoryLayout() {}

    /** A WASI iovec {ptr, len} followed by the written-bytes count. */
    static final int IOVEC = 16;
    static final int NWRITTEN = 24;
    /** 128 bytes: enough digits for a u128 in binary. */
    static final int DIGITS = 32;
    static final int DIGITS_SIZE = 128;
    /** 4 bytes to encode a fill character. */
    static final int FILL = 160;
    /**
     * A REPL cell's shown value: the {@code &str} (address, length) of its Debug text, written by the standard
     * library's {@code __session_show} and read by the session after the cell ran.
     */
    static final int VALUE_SLOT = 192;
    static final int DATA_BASE = 1024;
    /** Static data must end below the output buffer. */
    static final int DATA_LIMIT = 1 << 20;
    static final int OUT_BUF = 1 << 20;
    static final int OUT_CAP = 1 << 16;
    /** The shadow stack for values kept in memory (aggregates, locals whose address is taken) grows down to here. */
    static final int STACK_BASE = OUT_BUF + OUT_CAP;
    static final int STACK_TOP = STACK_BASE + (1 << 20);
    /** Pages: data area + output buffer + shadow stack + the heap's first page (its state and first blocks). */
    static final int MIN_PAGES = STACK_TOP / 65536 + 1;
}
