package dev.wasmrust.repl;

import java.time.Duration;
import java.time.Instant;

/**
 * With {@code WASMRUST_STARTUP_TRACE} set, prints how long after the process started each start-up step
 * ended (on stderr), so launch-to-prompt time can be taken apart (see bench/repl-bench.sh).
 */
public final class StartupTrace {
    private final Instant processStart;

    private StartupTrace(Instant processStart) {
        this.processStart = processStart;
    }

    /** A trace, or null when the variable is not set. */
    public static StartupTrace fromEnvironment() {
        if (System.getenv("WASMRUST_STARTUP_TRACE") == null) {
            return null;
        }
        return new StartupTrace(ProcessHandle.current().info().startInstant().orElse(Instant.now()));
    }

    public void mark(String step) {
        System.err.println("[startup] " + Duration.between(processStart, Instant.now()).toMillis() + " ms  " + step);
    }
}
