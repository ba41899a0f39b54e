package dev.wasmrust.session;

import dev.wasmrust.compiler.wasmir.WirModule;

/**
 * The WebAssembly module of a loaded cell, as bytes and as the WasmIR it was encoded from (for {@code :wat},
 * {@code :ir} and {@code :size}). {@code imported}: the functions it takes from earlier cells' modules.
 */
public record CellModule(int cell, String name, byte[] wasm, WirModule ir, int imported) {
    public CellModule {
        wasm = wasm.clone();
    }

    @Override
    public byte[] wasm() {
        return wasm.clone();
    }
}
