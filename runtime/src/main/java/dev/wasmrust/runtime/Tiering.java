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

    /** Cells being compiled in the background (background policy), with what the compiler made of them. */
    private final java.util.Map<LiveCell, java.util.concurrent.CompletableFuture<Prepared>> compiling = new java.util.LinkedHashMap<>();
    private java.util.concurrent.ExecutorService compiler;

    /** A cell's module stripped for relinking, and Chicory's compiled machine for it (null if it cannot be had). */
    private record Prepared(WasmModule stripped, java.util.function.Function<Instance, com.dylibso.chicory.runtime.Machine> machine) {}

    /** Relinks the cells found hot since the last load or run (never during a run). */
    void applyPending() {
        if (!pending.isEmpty()) {
            List<LiveCell> due = new ArrayList<>(pending);
            pending.clear();
            for (LiveCell c : due) {
                if (!c.hot || c.engine != Engine.INTERPRETER) {
                    continue;
                }
                c.hot = false;
                if (!c.relinkable() || compiling.containsKey(c)) {
                    continue;
                }
                if (policy.background()) {
                    compiling.put(c, java.util.concurrent.CompletableFuture.supplyAsync(() -> prepare(c), compiler()));
                } else {
                    Prepared p = prepare(c);
                    if (p != null) {
                        relink(c, p);
                    }
                }
            }
        }
        if (!compiling.isEmpty()) {
            for (java.util.Iterator<java.util.Map.Entry<LiveCell, java.util.concurrent.CompletableFuture<Prepared>>> it =
                         compiling.entrySet().iterator(); it.hasNext(); ) {
                java.util.Map.Entry<LiveCell, java.util.concurrent.CompletableFuture<Prepared>> e = it.next();
                if (e.getValue().isDone()) {
                    it.remove();
                    Prepared p = e.getValue().getNow(null);
                    if (p != null && e.getKey().engine == Engine.INTERPRETER && session.liveCell(e.getKey().name) == e.getKey()) {
                        relink(e.getKey(), p);
                    }
                }
            }
        }
    }

    private java.util.concurrent.ExecutorService compiler() {
        if (compiler == null) {
            compiler = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "wasmrust-tier-compiler");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
        }
        return compiler;
    }

    /** Stops compiling in the background (the session is closed). */
    void close() {
        if (compiler != null) {
            compiler.shutdownNow();
        }
    }

    /** The expensive part of a relink, which touches no state: parse the stripped module and compile it. */
    private Prepared prepare(LiveCell c) {
        try {
            WasmModule stripped = Parser.parse(ModuleRewriter.forRelink(c.bytes));
            return new Prepared(stripped, MachineFactoryCompiler.compile(stripped));
        } catch (RuntimeException e) {
            return null; // it simply stays interpreted
        }
    }

    /**
     * Re-instantiates the cell compiled without disturbing state: data segments are not re-applied, the
     * defined globals are the old ones (values kept, importers unaffected), table slots and importers'
     * slots are re-pointed. On failure the cell simply stays interpreted.
     */
    private void relink(LiveCell c, Prepared p) {
        Instance old = c.instance;
        WasmModule stripped = p.stripped();
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
            int maxPages = session.store().config().maxPages();
            fresh = Instance.builder(stripped)
                    .withImportValues(c.imports)
                    .withStart(false)
                    .withMemoryFactory(l -> new ByteArrayMemory(new MemoryLimits(l.initialPages(),
                            Math.min(maxPages, l.maximumPages()), l.shared())))
                    .withMachineFactory(p.machine())
                    .withGlobalFactory(reuse)
                    .build();
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
