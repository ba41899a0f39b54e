package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.ArrayList;
import java.util.List;

/**
 * One imported function as cells see it, re-pointable without re-instantiating the importers: to a
 * redefinition, to a relinked (compiled) instance, or to another profile's host. Chicory binds imports
 * at instantiation; this indirection costs one extra interface call and keeps importers live.
 * Re-pointing happens between runs, on the session's thread, before the run thread starts.
 */
final class FunctionSlot {
    final FunctionType type;
    /** For messages: {@code c3.foo} or {@code wasi_snapshot_preview1.fd_write}. */
    final String label;
    private final boolean host;
    private WasmFunctionHandle target;
    /** The cell and export currently behind the slot (null for a host slot). */
    private String ownerCell;
    private String exportName;
    private final java.util.Set<String> importers = new java.util.LinkedHashSet<>();

    private FunctionSlot(FunctionType type, String label, boolean host) {
        this.type = type;
        this.label = label;
        this.host = host;
    }

    static FunctionSlot forHost(FunctionType type, String label, HostFunction impl) {
        FunctionSlot s = new FunctionSlot(type, label, true);
        s.pointTo(impl);
        return s;
    }

    static FunctionSlot forExport(FunctionType type, String label, String cell, Instance instance, String export) {
        FunctionSlot s = new FunctionSlot(type, label, false);
        s.pointTo(cell, instance, export);
        return s;
    }

    void pointTo(String cell, Instance instance, String export) {
        ExportFunction f = instance.export(export);
        target = (inst, args) -> f.apply(args);
        ownerCell = cell;
        exportName = export;
    }

    /** A host implementation, guarded so that anything it throws besides a signal is the host's fault. */
    void pointTo(HostFunction impl) {
        WasmFunctionHandle h = impl == null ? null : impl.handle();
        String name = label;
        target = h == null
                ? (inst, args) -> {
                    throw new CellSignal.HostCall(name, new IllegalStateException("not offered by the current host profile"));
                }
                : (inst, args) -> {
                    try {
                        return h.apply(inst, args);
                    } catch (CellSignal | ChicoryException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        throw new CellSignal.HostCall(name, e);
                    }
                };
    }

    boolean isHost() {
        return host;
    }

    String ownerCell() {
        return ownerCell;
    }

    String exportName() {
        return exportName;
    }

    void addImporter(String cell) {
        importers.add(cell);
    }

    List<String> importers() {
        return List.copyOf(importers);
    }

    /** What a cell imports under (module, name): a host function that forwards to the current target. */
    HostFunction asImport(String module, String name) {
        return new HostFunction(module, name, type, (inst, args) -> target.apply(inst, args));
    }
}
