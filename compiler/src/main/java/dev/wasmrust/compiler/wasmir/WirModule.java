package dev.wasmrust.compiler.wasmir;

import java.util.List;

/**
 * A WasmIR module. Function order is kept by the backend, so output is deterministic.
 */
public record WirModule(List<WirImport> imports, WirMemory memory, List<WirGlobal> globals, List<WirData> data,
                        List<WirFunction> functions) {
    /** Bumped whenever the text form or the meaning of an instruction changes. */
    public static final int VERSION = 1;

    public WirModule {
        imports = List.copyOf(imports);
        globals = List.copyOf(globals);
        data = List.copyOf(data);
        functions = List.copyOf(functions);
    }
}
