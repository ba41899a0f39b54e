package dev.wasmrust.repl.engine;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.List;

/**
 * How one cell ended. Output was streamed while it ran; this carries the rest.
 *
 * @param cellName    the name its source is shown under in diagnostics and panics, e.g. {@code <cell 3>}
 * @param value       the trailing expression's {@code Debug} text, or null (no trailing expression, a unit
 *                    value, or the cell did not complete)
 * @param valueType   the trailing expression's type as rustc spells it, or null
 * @param diagnostics errors and warnings, with spans into {@code sources} (rendered by the compiler's renderer)
 * @param fault       one line for {@link Outcome#INTERRUPTED}, {@link Outcome#EXITED} and {@link Outcome#FAULTED}
 *                    (a panic's message already went to stderr), else null
 */
public record CellResult(String cellName, Outcome outcome, String value, String valueType, List<Diagnostic> diagnostics,
                         SourceMap sources, String fault, Timings timings) {
    public enum Outcome {
        /** Ran to the end; everything committed. */
        OK,
        /** Did not compile; nothing ran, nothing committed. */
        REJECTED,
        /** Panicked; its items are committed, its statements are not. */
        PANICKED,
        /** Stopped by {@link ReplEngine#interrupt()}. */
        INTERRUPTED,
        /** Called {@code std::process::exit}: the cell ends, the REPL does not. */
        EXITED,
        /** Trap, stack overflow, out of memory, refused by the host profile, or an engine failure. */
        FAULTED
    }

    public CellResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return outcome != Outcome.OK;
    }

    /**
     * Nanoseconds spent compiling (all phases) and running; {@code phases}, when the engine knows them, per phase
     * in order (parse, resolve, check, lower, encode, instantiate, run).
     */
    public record Timings(long compileNanos, long runNanos, java.util.Map<String, Long> phases) {
        public static final Timings NONE = new Timings(0, 0);

        public Timings {
            phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
        }

        public Timings(long compileNanos, long runNanos) {
            this(compileNanos, runNanos, java.util.Map.of());
        }

        /** {@code compile 3.1 ms (parse 0.1 · check 1.2 · …) · run 0.4 ms}, for {@code :timing on}. */
        public String describe() {
            StringBuilder sb = new StringBuilder("compile ").append(ms(compileNanos));
            if (!phases.isEmpty()) {
                java.util.StringJoiner parts = new java.util.StringJoiner(" · ", " (", ")");
                phases.forEach((phase, nanos) -> {
                    if (!phase.equals("run")) {
                        parts.add(phase + " " + ms(nanos));
                    }
                });
                sb.append(parts);
            }
            return sb.append(" · run ").append(ms(runNanos)).toString();
        }

        private static String ms(long nanos) {
            return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
    }
}
