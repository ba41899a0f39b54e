package dev.wasmrust.repl.engine;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.List;

/** The type of an expression, or the diagnostics that explain why it has none. */
public record TypeAnswer(String type, List<Diagnostic> diagnostics, SourceMap sources) {
    public TypeAnswer {
        diagnostics = List.copyOf(diagnostics);
    }
}
