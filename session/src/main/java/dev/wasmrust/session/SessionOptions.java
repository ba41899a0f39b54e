package dev.wasmrust.session;

import dev.wasmrust.compiler.lower.CellMemoryLayout;
import dev.wasmrust.runtime.SessionConfig;
import dev.wasmrust.runtime.StoreConfig;
import java.time.Duration;

/**
 * How a {@link Session} is set up: the runtime's configuration (host profile, execution tiers, memory limit,
 * stack) and an optional time limit per cell (null: none; {@link Session#interrupt()} still works).
 */
public record SessionOptions(SessionConfig runtime, Duration cellTimeLimit) {
    public static SessionOptions defaults() {
        return new SessionOptions(SessionConfig.defaults(), null);
    }

    public SessionOptions withRuntime(SessionConfig c) {
        return new SessionOptions(c, cellTimeLimit);
    }

    public SessionOptions withCellTimeLimit(Duration d) {
        return new SessionOptions(runtime, d);
    }

    /** The runtime's store shaped for compiled cells: memory large enough for their layout, the stack at its top. */
    SessionConfig effectiveRuntime() {
        StoreConfig s = runtime.store();
        int initial = Math.max(s.initialPages(), CellMemoryLayout.MIN_PAGES);
        StoreConfig fitted = new StoreConfig(initial, Math.max(initial, s.maxPages()), s.tableSize(), s.tableMax(),
                CellMemoryLayout.STACK_TOP);
        return runtime.withStore(fitted);
    }
}
