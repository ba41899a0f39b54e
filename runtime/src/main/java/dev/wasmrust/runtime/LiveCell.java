package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.LinkedHashSet;
import java.util.Set;

/** A loaded cell: its module and current instance (replaced by a relink), and what the tier policy knows of it. */
final class LiveCell {
    final String name;
    final byte[] bytes;
    final WasmModule module;
    final ModuleRequirements requirements;
    final ImportValues imports;
    Instance instance;
    Engine engine;
    /** Cells that import from this one. */
    final Set<String> importers = new LinkedHashSet<>();
    boolean hot;

    LiveCell(String name, byte[] bytes, WasmModule module, ModuleRequirements requirements, ImportValues imports) {
        this.name = name;
        this.bytes = bytes;
        this.module = module;
        this.requirements = requirements;
        this.imports = imports;
    }

    /** A relink re-instantiates; a cell with its own memory or table would lose it, so it is never relinked. */
    boolean relinkable() {
        return module.memorySection().map(m -> m.memoryCount() == 0).orElse(true)
                && module.tableSection().tableCount() == 0;
    }
}
