package dev.wasmrust.runtime;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalFactory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.ArrayList;
import java.util.List;

/** Applies the {@link TierPolicy}: which engine instantiates a cell, and relinking hot cells compiled. */
final class Tiering {
    private final WasmSession session;
    private final TierPolicy policy;
    /** Cells marked hot since the last {@link #applyPending}: checking every cell each time would grow with the session. */
    private final java.util.Set<LiveCell> pending = new java.util.LinkedHashSet<>();

    Tiering(WasmSession session) {
        this.session = session;
        this.policy = session.config().tiers();
    }

    Engine engineFor(WasmModule module) {
        switch (policy.mode()) {
            case COMPILER:
                return Engine.COMPILER;
            case INTERPRETER:
                return Engine.INTERPRETER;
            default:
                return session.hotDigests().contains(module.digest()) ? Engine.COMPILER : Engine.INTERPRETER;
        }
    }

    Instance instantiate(WasmModule module, ImportValues imports, Engine engine, GlobalFactory globals) {
        int maxPages = session.store().config().maxPages();
        Instance.Builder b = Instance.builder(module)
                .withImportValues(imports)
                .withStart(false)
                .withMemoryFactory(l -> new ByteArrayMemory(new MemoryLimits(l.initialPages(), Math.min(maxPages, l.maximumPages()), l.shared())));
        if (engine == Engine.COMPILER) {
            b.withMachineFactory(MachineFactoryCompiler.compile(module));
        } else if (session.config().interpreterListener()) {
            Interrupter interrupter = session.interrupter();
            b.withUnsafeExecutionListener((instruction, stack) -> interrupter.check());
        }
        if (globals != null) {
            b.withGlobalFactory(globals);
        }
        return b.build();
    }

    void noteRun(LiveCell cell, long nanos) {
        if (policy.mode() == TierPolicy.Mode.AUTO && cell.engine == Engine.INTERPRETER
                && nanos > policy.hotRunMillis() * 1_000_000) {
            cell.hot = true;
            pending.add(cell);
            session.hotDigests().add(cell.module.digest());
        }
    }

    void noteImporters(LiveCell cell) {
        if (policy.mode() == TierPolicy.Mode.AUTO && cell.importers.size() >= policy.hotImporters()) {
            cell.hot = true;
            pending.add(cell);
        }
    }

    /** Relinks the cells found hot since the last load or run (never during a run). */
    void applyPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<LiveCell> due = new ArrayList<>(pending);
        pending.clear();
        for (LiveCell c : due) {
            if (c.hot && c.engine == Engine.INTERPRETER) {
                c.hot = false;
                if (c.relinkable()) {
                    relink(c);
                }
            }
        }
    }

    /**
     * Re-instantiates the cell compiled without disturbing state: data segments are not re-applied, the
     * defined globals are the old ones (values kept, importers unaffected), table slots and importers'
     * slots are re-pointed. On failure the cell simply stays interpreted.
     */
    void relink(LiveCell c) {
        Instance old = c.instance;
        WasmModule stripped;
        try {
            stripped = Parser.parse(ModuleRewriter.forRelink(c.bytes));
        } catch (RuntimeException e) {
            return;
        }
        int importedGlobals = stripped.importSection().count(ExternalType.GLOBAL);
        int[] next = {importedGlobals};
        GlobalFactory reuse = (low, high, type, mutability) -> old.global(next[0]++);
        TableInstance table = session.store().table();
        int size = table.size();
        int[] refs = new int[size];
        Instance[] owners = new Instance[size];
        for (int i = 0; i < size; i++) {
            refs[i] = table.ref(i);
            owners[i] = table.instance(i);
        }
        Instance fresh;
        try {
            fresh = instantiate(stripped, c.imports, Engine.COMPILER, reuse);
        } catch (ChicoryException | IllegalStateException e) {
            restore(table, refs, owners, null, null);
            return;
        }
        restore(table, refs, owners, old, fresh);
        c.instance = fresh;
        c.engine = Engine.COMPILER;
        session.linker().repointCell(c);
    }

    private static void restore(TableInstance table, int[] refs, Instance[] owners, Instance from, Instance to) {
        for (int i = 0; i < refs.length; i++) {
            Instance owner = owners[i] != null && owners[i] == from ? to : owners[i];
            table.setRef(i, refs[i], owner);
        }
    }
}
