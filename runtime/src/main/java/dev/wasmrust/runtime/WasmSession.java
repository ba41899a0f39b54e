package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.TableImport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The runtime side of an incremental session: cells are loaded (checked against the host profile, linked
 * against the session store, earlier cells and the profile's host) and their entry functions run on a
 * dedicated thread, where every fault ends only the run.
 *
 * <p>Threading: {@link #load}, {@link #run}, {@link #switchProfile} and {@link #close} are called from one
 * session thread, one at a time; {@link #interrupt()} from any thread.
 */
public final class WasmSession implements AutoCloseable {
    private final SessionConfig config;
    private final SessionStore store;
    private final HostState host;
    private final Interrupter interrupter;
    private final Map<String, HostFunction> rt = new HashMap<>();
    private final Linker linker = new Linker();
    private final Map<String, LiveCell> cells = new LinkedHashMap<>();
    private final Set<String> hotDigests = new HashSet<>();
    private final Tiering tiering;
    /** The thread cells run on, reused from cell to cell. */
    private final CellWorker worker;
    private HostProfile profile;
    private Map<String, HostFunction> offered;

    public WasmSession(SessionConfig config) {
        this.config = config;
        this.store = new SessionStore(config.store());
        this.host = new HostState(config.hostOptions(), "wasmrust-session");
        this.interrupter = new Interrupter((InterruptFlag) store.interruptFlag());
        for (HostFunction f : SessionRtHost.functions(host, interrupter)) {
            rt.put(f.name(), f);
        }
        this.profile = config.profile();
        this.offered = ProfileHosts.offered(profile, host);
        this.tiering = new Tiering(this);
        this.worker = new CellWorker("wasm-cells", config.stackBytes());
    }

    public SessionConfig config() {
        return config;
    }

    public SessionStore store() {
        return store;
    }

    public HostProfile profile() {
        return profile;
    }

    /**
     * Loads a cell: parse, capability check, link, instantiate (data and element segments are applied; no
     * code of the cell runs). Loading a name again replaces that cell: later imports of
     * {@code session:cells/NAME} and {@code session:items} resolve to the new definitions.
     */
    public CellInfo load(String name, byte[] wasm) throws LinkException {
        tiering.applyPending();
        if (RequirementScanner.isComponent(wasm)) {
            throw new CapabilityException(profile, List.of(CapabilityCheck.component(profile)));
        }
        WasmModule module;
        try {
            module = Parser.parse(wasm);
        } catch (ChicoryException e) {
            throw new LinkException("invalid WebAssembly module: " + e.getMessage(), e);
        }
        ModuleRequirements req = RequirementScanner.scan(module);
        List<MissingCapability> missing = CapabilityCheck.check(profile, config.hostOptions(), module, req, offered);
        if (!missing.isEmpty()) {
            throw new CapabilityException(profile, missing);
        }
        Set<String> deps = new LinkedHashSet<>();
        ImportValues imports = resolveImports(name, module, deps);
        Engine engine = tiering.engineFor(module);
        Instance instance;
        try {
            instance = tiering.instantiate(module, imports, engine, null);
        } catch (ChicoryException e) {
            throw new LinkException("cannot instantiate cell `" + name + "`: " + e.getMessage(), e);
        }
        LiveCell cell = new LiveCell(name, wasm.clone(), module, req, imports);
        cell.instance = instance;
        cell.engine = engine;
        List<String> stale = linker.register(cell, cells.get(name));
        stale.remove(name);
        cells.put(name, cell);
        for (String d : deps) {
            LiveCell dep = cells.get(d);
            if (dep != null && !d.equals(name)) {
                dep.importers.add(name);
                tiering.noteImporters(dep);
            }
        }
        return info(cell, stale);
    }

    /** Runs an exported function of a loaded cell without a time limit. */
    public CellOutcome run(String cellName, String entry, CellIo io, long... args) {
        return run(cellName, entry, io, null, args);
    }

    /**
     * Runs an exported function of a loaded cell on a fresh thread with a large stack, then any timers it
     * queued (browser). Faults end the run, never the session: after one, {@code __stack_pointer} is
     * restored and the store and all cells stay usable.
     *
     * @param timeLimit null for none; when exceeded the run is interrupted
     */
    public CellOutcome run(String cellName, String entry, CellIo io, Duration timeLimit, long... args) {
        return run(cellName, entry, io, timeLimit, () -> false, args);
    }

    /**
     * {@link #run(String, String, CellIo, Duration, long...)} for a caller that may have been asked to stop before the
     * run began ({@code cancelled}): then the run is interrupted at once, with no window in which a request is lost.
     */
    public CellOutcome run(String cellName, String entry, CellIo io, Duration timeLimit, BooleanSupplier cancelled,
                           long... args) {
        tiering.applyPending();
        LiveCell cell = cells.get(cellName);
        if (cell == null) {
            throw new IllegalArgumentException("no cell `" + cellName + "`");
        }
        ExportFunction f;
        try {
            f = cell.instance.export(entry);
        } catch (ChicoryException e) {
            throw new IllegalArgumentException("cell `" + cellName + "` exports no function `" + entry + "`", e);
        }
        long sp = store.stackPointer().getValue();
        long[] callArgs = args.clone();
        host.io.begin(new TextSink(DisplayDemux.of(io)), ByteSource.of(io.input()));
        long t0 = System.nanoTime();
        CellOutcome outcome;
        try {
            outcome = CellThread.run(worker, "wasm-" + cellName, config.stackBytes(), interrupter, timeLimit, () -> {
                try {
                    long[] r = f.apply(callArgs);
                    runTimers();
                    return r;
                } finally {
                    host.io.flush();
                }
            }, store::memoryAtLimit, store.config().maxPages(), cancelled);
        } finally {
            host.io.end();
        }
        if (!outcome.completed()) {
            store.stackPointer().setValue(sp);
            store.resetRuntimeGlobals();
            host.timers.clear();
        }
        tiering.noteRun(cell, System.nanoTime() - t0);
        return outcome;
    }

    /** Stops the running cell, if any (from any thread). */
    public void interrupt() {
        interrupter.interrupt();
    }

    /**
     * Switches the host profile, keeping all state: the store, the cells and their instances stay; host
     * imports are re-pointed at the new profile's functions. Refused, changing nothing, if a loaded cell
     * needs what the new profile lacks.
     */
    public void switchProfile(HostProfile next) throws CapabilityException {
        Map<String, HostFunction> nextOffered = ProfileHosts.offered(next, host);
        List<MissingCapability> missing = new ArrayList<>();
        for (LiveCell c : cells.values()) {
            for (MissingCapability m : CapabilityCheck.check(next, config.hostOptions(), c.module, c.requirements, nextOffered)) {
                missing.add(new MissingCapability(m.capability(), m.neededBy() + " in cell `" + c.name + "`", m.note()));
            }
        }
        if (!missing.isEmpty()) {
            throw new CapabilityException(next, missing);
        }
        linker.repointHost(nextOffered);
        profile = next;
        offered = nextOffered;
    }

    public Optional<CellInfo> cell(String name) {
        LiveCell c = cells.get(name);
        return c == null ? Optional.empty() : Optional.of(info(c, List.of()));
    }

    public List<String> cellNames() {
        return List.copyOf(cells.keySet());
    }

    /** The browser profile's document body (tests, rich display). */
    public DomElement documentBody() {
        return host.body;
    }

    public JsHandles jsHandles() {
        return host.js;
    }

    public void registerFetch(String url, FetchFixture answer) {
        host.fixtures.put(url, answer);
    }

    @Override
    public void close() {
        interrupter.interrupt();
        worker.close();
        tiering.close();
        host.close();
    }

    // ---- for Tiering

    LiveCell liveCell(String name) {
        return cells.get(name);
    }

    Iterable<LiveCell> liveCells() {
        return cells.values();
    }

    Set<String> hotDigests() {
        return hotDigests;
    }

    Interrupter interrupter() {
        return interrupter;
    }

    Linker linker() {
        return linker;
    }

    private CellInfo info(LiveCell c, List<String> stale) {
        List<String> exports = new ArrayList<>();
        for (int i = 0; i < c.module.exportSection().exportCount(); i++) {
            Export e = c.module.exportSection().getExport(i);
            if (e.exportType() == ExternalType.FUNCTION) {
                exports.add(e.name());
            }
        }
        return new CellInfo(c.name, c.engine, exports, stale);
    }

    /** setTimeout callbacks: table slots of type (i32) -> (), called like call_indirect would. */
    private void runTimers() {
        TableInstance table = store.table();
        TimerQueue.Timer t;
        while ((t = host.timers.next()) != null) {
            int idx = t.tableIndex();
            if (idx < 0 || idx >= table.size()) {
                throw new ChicoryException("out of bounds table access");
            }
            Instance owner = table.instance(idx);
            int func = table.ref(idx);
            if (owner == null || func < 0) {
                throw new ChicoryException("uninitialized element " + idx);
            }
            FunctionType type = owner.type(owner.functionType(func));
            if (!type.equals(FunctionType.of(List.of(HostFunctions.I32), List.of()))) {
                throw new ChicoryException("indirect call type mismatch");
            }
            owner.getMachine().call(func, new long[] {t.arg()});
        }
    }

    private ImportValues resolveImports(String cellName, WasmModule module, Set<String> deps) throws LinkException {
        ImportValues.Builder b = ImportValues.builder();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            String m = imp.module();
            String n = imp.name();
            String what = "`" + m + "." + n + "`";
            if (imp instanceof FunctionImport fi) {
                FunctionType type = module.typeSection().getType(fi.typeIndex());
                if (m.equals(SessionAbi.RT)) {
                    HostFunction f = rt.get(n);
                    if (f == null) {
                        throw new LinkException("unknown import " + what + ": session:rt has no function `" + n + "`");
                    }
                    requireType(what, type, f.functionType(), "the session ABI");
                    b.addFunction(f);
                } else if (m.startsWith(SessionAbi.CELLS_PREFIX) || m.equals(SessionAbi.ITEMS)) {
                    FunctionSlot slot = linker.cellImport(m, n, cells);
                    requireType(what, type, slot.type, "cell `" + slot.ownerCell() + "`");
                    slot.addImporter(cellName);
                    deps.add(slot.ownerCell());
                    b.addFunction(slot.asImport(m, n));
                } else {
                    HostFunction impl = offered.get(HostFunctions.key(m, n));
                    if (impl != null) {
                        requireType(what, type, impl.functionType(), "host profile `" + profile.cliName() + "`");
                    }
                    b.addFunction(linker.hostSlot(m, n, type, impl).asImport(m, n));
                }
            } else if (m.equals(SessionAbi.RT) && imp instanceof MemoryImport && n.equals(SessionAbi.MEMORY)) {
                b.addMemory(new ImportMemory(m, n, store.memory()));
            } else if (m.equals(SessionAbi.RT) && imp instanceof TableImport && n.equals(SessionAbi.TABLE)) {
                b.addTable(new ImportTable(m, n, store.table()));
            } else if (m.equals(SessionAbi.RT) && imp instanceof GlobalImport && n.equals(SessionAbi.STACK_POINTER)) {
                b.addGlobal(new ImportGlobal(m, n, store.stackPointer()));
            } else if (m.equals(SessionAbi.RT) && imp instanceof GlobalImport && n.equals(SessionAbi.INTERRUPT_FLAG)) {
                b.addGlobal(new ImportGlobal(m, n, store.interruptFlag()));
            } else if (m.equals(SessionAbi.RT) && imp instanceof GlobalImport && store.runtimeGlobal(n) != null) {
                b.addGlobal(new ImportGlobal(m, n, store.runtimeGlobal(n)));
            } else if (m.startsWith(SessionAbi.CELLS_PREFIX) && imp instanceof GlobalImport) {
                String dep = m.substring(SessionAbi.CELLS_PREFIX.length());
                LiveCell c = cells.get(dep);
                if (c == null) {
                    throw new LinkException("unknown import " + what + ": no cell `" + dep + "` is loaded");
                }
                try {
                    b.addGlobal(new ImportGlobal(m, n, c.instance.exports().global(n)));
                } catch (ChicoryException e) {
                    throw new LinkException("unknown import " + what + ": cell `" + dep + "` exports no global `" + n + "`");
                }
                deps.add(dep);
            } else {
                throw new LinkException("unknown import " + what + " (" + imp.importType().name().toLowerCase(java.util.Locale.ROOT)
                        + "): cells import memory, table and globals from session:rt only");
            }
        }
        return b.build();
    }

    private static void requireType(String what, FunctionType wanted, FunctionType offered, String from)
            throws LinkException {
        if (!wanted.equals(offered)) {
            throw new LinkException("import " + what + " has type " + wanted + ", but " + from + " offers " + offered);
        }
    }
}
