package dev.wasmrust.session;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.lower.LoweredCell;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.FuncType;
import java.util.List;
import java.util.Map;

/**
 * The outcome of compiling one cell: diagnostics, or a module ready to load with what committing it changes
 * (items, new bindings, variables it moves) and the type of its shown value (null when nothing is shown).
 * {@code shared}: the functions it exports for later cells to import, by symbol; {@code notes}: warnings for the
 * user about what committing it changes (items it makes invalid, or valid again).
 */
record CompiledCell(List<Diagnostic> diagnostics, byte[] wasm, List<FuncType> types, int tableSlots, ItemTable items,
                    List<LoweredCell.Binding> bindings, Map<Integer, Span> moves, Map<Integer, String> externalNames, Type valueType,
                    Map<String, Long> phaseNanos, dev.wasmrust.compiler.wasmir.WirModule ir, Map<String, FuncType> shared,
                    List<Diagnostic> notes) {
    CompiledCell {
        diagnostics = dev.wasmrust.compiler.macros.MacroExpansion.withSourceNames(diagnostics);
    }

    boolean ok() {
        return wasm != null;
    }

    static CompiledCell failed(List<Diagnostic> diagnostics, Map<String, Long> nanos) {
        return new CompiledCell(List.copyOf(diagnostics), null, List.of(), 0, null, List.of(), Map.of(), Map.of(), null, nanos,
                null, Map.of(), List.of());
    }
}
