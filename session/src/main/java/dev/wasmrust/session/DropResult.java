package dev.wasmrust.session;

import dev.wasmrust.compiler.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of {@link Session#drop}: the removed items' texts, or why nothing was removed — no such item
 * ({@code diagnostics} empty) or committed items that would no longer compile without it.
 */
public record DropResult(boolean dropped, List<String> removed, List<Diagnostic> diagnostics) {
    public DropResult {
        removed = List.copyOf(removed);
        diagnostics = List.copyOf(diagnostics);
    }
}
