package dev.wasmrust.session;

import dev.wasmrust.compiler.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of {@link Session#drop}: the removed items' texts and warnings about items that no longer compile
 * without them (now invalid), or, when nothing was removed, why (no such item: {@code diagnostics} empty).
 */
public record DropResult(boolean dropped, List<String> removed, List<Diagnostic> diagnostics) {
    public DropResult {
        removed = List.copyOf(removed);
        diagnostics = List.copyOf(diagnostics);
    }
}
