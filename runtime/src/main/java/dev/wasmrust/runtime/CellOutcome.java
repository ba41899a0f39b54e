package dev.wasmrust.runtime;

import java.util.Arrays;

/**
 * How a cell's run ended. Every kind except {@link Completed} ends only the cell: the session's memory,
 * table, globals and earlier cells stay usable ({@code __stack_pointer} is restored to its value before
 * the run).
 */
public sealed interface CellOutcome {
    /** One line for the user, in Rust's words. */
    String describe();

    default boolean completed() {
        return this instanceof Completed;
    }

    /** The entry function returned; its results as raw Chicory values (i32 sign-extended, floats as bits). */
    record Completed(long[] results) implements CellOutcome {
        public Completed {
            results = results == null ? new long[0] : results.clone();
        }

        @Override
        public long[] results() {
            return results.clone();
        }

        @Override
        public String describe() {
            return "completed";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Completed c && Arrays.equals(results, c.results);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(results);
        }

        @Override
        public String toString() {
            return "Completed" + Arrays.toString(results);
        }
    }

    /** {@code session:rt/panic(msg)}, or WASI {@code proc_exit(101)} after the message went to stderr (message empty). */
    record Panicked(String message) implements CellOutcome {
        @Override
        public String describe() {
            return message.isEmpty() ? "the cell panicked" : message;
        }
    }

    /** {@code std::process::exit(code)} in a cell. */
    record Exited(int code) implements CellOutcome {
        @Override
        public String describe() {
            return "the cell called std::process::exit(" + code + ")";
        }
    }

    /** A WebAssembly trap: with correct compilation of safe Rust only reachable through aborts. */
    record Trapped(TrapKind kind, String wasmMessage) implements CellOutcome {
        @Override
        public String describe() {
            return "WebAssembly trap: " + kind.rustMeaning() + " [" + wasmMessage + "]";
        }
    }

    record StackOverflow() implements CellOutcome {
        @Override
        public String describe() {
            return "thread 'main' has overflowed its stack";
        }
    }

    /** The memory could not grow (at the session's maximum) or the JVM ran out of heap. */
    record OutOfMemory(String message) implements CellOutcome {
        @Override
        public String describe() {
            return message;
        }
    }

    /** A host function threw: a bug or a refusal of the mocked host, not of the cell. */
    record HostFailure(String importName, String message) implements CellOutcome {
        @Override
        public String describe() {
            return "host function `" + importName + "` failed: " + message;
        }
    }

    /** {@link WasmSession#interrupt()} or the run's time limit. */
    record Interrupted(boolean timeLimitExceeded, long elapsedMillis) implements CellOutcome {
        @Override
        public String describe() {
            return timeLimitExceeded ? "the cell was stopped: time limit exceeded after " + elapsedMillis + " ms"
                    : "the cell was interrupted after " + elapsedMillis + " ms";
        }
    }
}
