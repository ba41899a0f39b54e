package dev.wasmrust.compiler;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.wasmir.WirModule;
import java.util.List;
import java.util.Map;

/** The module's bytes (null when compilation failed), its WasmIR, every diagnostic, and nanoseconds per phase. */
public record CompileResult(byte[] wasm, WirModule ir, List<Diagnostic> diagnostics, Map<String, Long> phaseNanos) {
    public CompileResult {
        diagnostics = List.copyOf(dev.wasmrust.compiler.macros.MacroExpansion.withSourceNames(diagnostics));
        phaseNanos = Map.copyOf(phaseNanos);
    }

    public boolean success() {
        return wasm != null && diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
