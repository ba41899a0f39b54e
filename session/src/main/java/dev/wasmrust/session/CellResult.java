package dev.wasmrust.session;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.runtime.CellOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What evaluating a cell produced. Output went to the session's listener as it was written; this carries the
 * rest: the shown value ({@code {:?}} text, empty for {@code ()}), its type as rustc spells it, diagnostics
 * (render with {@link Session#render}), the runtime's outcome (null when nothing ran) and the time spent.
 *
 * @param name the cell's source name in diagnostics and panic locations, {@code <cell N>}
 */
public record CellResult(int number, String name, CellStatus status, Optional<String> value, Optional<String> typeName,
                         List<Diagnostic> diagnostics, CellOutcome outcome, Map<String, Long> phaseNanos) {
    public CellResult {
        diagnostics = List.copyOf(diagnostics);
        phaseNanos = Map.copyOf(phaseNanos);
    }

    /** The fault in one line for the user (panics already printed theirs on stderr), or empty. */
    public Optional<String> faultMessage() {
        return status == CellStatus.FAULT && outcome != null ? Optional.of(outcome.describe()) : Optional.empty();
    }
}
