package dev.wasmrust.session;

import dev.wasmrust.compiler.lower.CellMemoryLayout;
import dev.wasmrust.runtime.SessionConfig;
import dev.wasmrust.runtime.StoreConfig;
import java.time.Duration;

/**
 * How a {@link Session} is set up: the runtime's configuration (host profile, execution tiers, memory limit,
 * stack), an optional time limit per cell (null: none; {@link Session#interrupt()} still works), and whether
 * the standard library's common code is compiled into the session's first module (c0) when it starts.
 */
public record SessionOptions(SessionConfig runtime, Duration cellTimeLimit, boolean precompileStd) {
    public static SessionOptions defaults() {
        return new SessionOptions(SessionConfig.defaults(), null, true);
    }

    public SessionOptions withRuntime(SessionConfig c) {
        return new SessionOptions(c, cellTimeLimit, precompileStd);
    }

    public SessionOptions withCellTimeLimit(Duration d) {
        return new SessionOptions(runtime, d, precompileStd);
    }

    public SessionOptions withPrecompiledStd(boolean on) {
        return new SessionOptions(runtime, cellTimeLimit, on);
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
