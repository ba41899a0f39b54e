package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.wasmir.WirModule;
import java.util.List;

/**
 * A lowered REPL cell: its module (data not yet placed: the session assigns addresses) and the static slots of
 * the top-level bindings its function made, in order of first use (a name bound twice has two).
 */
public record LoweredCell(WirModule module, List<Binding> bindings) {
    public record Binding(TLocal local, int address, int size) {}

    public LoweredCell {
        bindings = List.copyOf(bindings);
    }
}
