package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The function slots cells import through (see {@link FunctionSlot}): one per host import, one per
 * (cell, export) for {@code session:cells/NAME}, one per item name for {@code session:items}. Registering a
 * cell points slots at its exports; a changed type leaves the old slot to its importers, who are stale.
 */
final class Linker {
    private final Map<String, FunctionSlot> hostSlots = new HashMap<>();
    private final Map<String, FunctionSlot> cellSlots = new HashMap<>();
    private final Map<String, FunctionSlot> itemSlots = new HashMap<>();

    FunctionSlot hostSlot(String module, String name, FunctionType type, HostFunction impl) {
        String key = HostFunctions.key(module, name) + "\u0000" + type;
        return hostSlots.computeIfAbsent(key, k -> FunctionSlot.forHost(type, module + "." + name, impl));
    }

    FunctionSlot cellImport(String module, String name, Map<String, LiveCell> cells) throws LinkException {
        String what = "`" + module + "." + name + "`";
        if (module.equals(SessionAbi.ITEMS)) {
            FunctionSlot s = itemSlots.get(name);
            if (s == null) {
                throw new LinkException("unknown import " + what + ": no loaded cell defines `" + name + "`");
            }
            return s;
        }
        String cell = module.substring(SessionAbi.CELLS_PREFIX.length());
        if (!cells.containsKey(cell)) {
            throw new LinkException("unknown import " + what + ": no cell `" + cell + "` is loaded");
        }
        FunctionSlot s = cellSlots.get(cell + "/" + name);
        if (s == null) {
            throw new LinkException("unknown import " + what + ": cell `" + cell + "` exports no function `" + name + "`");
        }
        return s;
    }

    /** Points slots at the cell's exports; returns the cells left bound to definitions it replaced. */
    List<String> register(LiveCell cell, LiveCell previous) {
        Set<String> stale = new LinkedHashSet<>();
        Set<String> exported = new LinkedHashSet<>();
        for (String e : functionExports(cell)) {
            exported.add(e);
            FunctionType t = cell.instance.exportType(e);
            bind(cellSlots, cell.name + "/" + e, t, cell, e, stale);
            bind(itemSlots, e, t, cell, e, stale);
        }
        if (previous != null) {
            for (String e : functionExports(previous)) {
                if (!exported.contains(e)) {
                    FunctionSlot gone = cellSlots.remove(previous.name + "/" + e);
                    if (gone != null) {
                        stale.addAll(gone.importers());
                    }
                    FunctionSlot item = itemSlots.get(e);
                    if (item != null && previous.name.equals(item.ownerCell())) {
                        itemSlots.remove(e);
                        stale.addAll(item.importers());
                    }
                }
            }
        }
        return new ArrayList<>(stale);
    }

    private static void bind(Map<String, FunctionSlot> slots, String key, FunctionType t, LiveCell cell, String export,
                             Set<String> stale) {
        FunctionSlot s = slots.get(key);
        if (s != null && s.type.equals(t)) {
            s.pointTo(cell.name, cell.instance, export);
        } else {
            if (s != null) {
                stale.addAll(s.importers());
            }
            slots.put(key, FunctionSlot.forExport(t, cell.name + "." + export, cell.name, cell.instance, export));
        }
    }

    /** After a relink: the cell's slots go to its new instance. */
    void repointCell(LiveCell cell) {
        for (FunctionSlot s : cellSlots.values()) {
            if (cell.name.equals(s.ownerCell())) {
                s.pointTo(cell.name, cell.instance, s.exportName());
            }
        }
        for (FunctionSlot s : itemSlots.values()) {
            if (cell.name.equals(s.ownerCell())) {
                s.pointTo(cell.name, cell.instance, s.exportName());
            }
        }
    }

    /** A profile switch: every host slot to the new profile's function (or to a stub, for unreachable imports). */
    void repointHost(Map<String, HostFunction> offered) {
        for (Map.Entry<String, FunctionSlot> e : hostSlots.entrySet()) {
            String key = e.getKey().substring(0, e.getKey().lastIndexOf('\u0000'));
            HostFunction impl = offered.get(key);
            FunctionSlot s = e.getValue();
            s.pointTo(impl != null && impl.functionType().equals(s.type) ? impl : null);
        }
    }

    static List<String> functionExports(LiveCell cell) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cell.module.exportSection().exportCount(); i++) {
            Export e = cell.module.exportSection().getExport(i);
            if (e.exportType() == ExternalType.FUNCTION) {
                names.add(e.name());
            }
        }
        return names;
    }
}
