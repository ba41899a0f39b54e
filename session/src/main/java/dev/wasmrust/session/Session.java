package dev.wasmrust.session;

import dev.wasmrust.compiler.Prelude;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.lower.CellMemoryLayout;
import dev.wasmrust.compiler.lower.LoweredCell;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.FuncType;
import dev.wasmrust.runtime.CapabilityException;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.CellOutcome;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.LinkException;
import com.dylibso.chicory.runtime.Memory;
import dev.wasmrust.runtime.TierPolicy;
import dev.wasmrust.runtime.WasmSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incremental Rust session: cells are compiled one at a time, each to its own WebAssembly module linked
 * into the session's memory, table and stack, and run with every earlier value alive. Items persist and are
 * replaced by later definitions of the same name; top-level {@code let} bindings persist as session
 * variables; a fault ends the cell, never the session. No terminal or Jupyter types: the REPL and the kernel
 * are clients of this API.
 *
 * <p>Threading: {@link #eval}, {@link #switchProfile} and {@link #close} from one thread at a time;
 * {@link #interrupt()} from any thread (it stops the running cell).
 */
public final class Session implements AutoCloseable {
    private final SessionOptions options;
    private final WasmSession wasm;
    private final SourceMap sources = new SourceMap();
    /** The standard library, parsed and defined once for every cell's check. */
    private final dev.wasmrust.compiler.types.TypeChecker.DefinedPrelude prelude;
    private final StaticArea area = new StaticArea(CellMemoryLayout.STATIC_BASE, CellMemoryLayout.STATIC_LIMIT);
    private ItemTable items = ItemTable.empty();
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    /** The session's canonical function types: every cell's type section starts with them. */
    private List<FuncType> types = List.of();
    /** The next free slot of the shared funcref table. */
    private int tableTop;
    private int cells;
    private CellIo defaultIo = CellIo.discard();
    /**
     * Functions loaded cells export, by symbol, as imports for later cells: a cell compiles only what no earlier
     * cell has (the standard library's instances are compiled once, by the first cell that needs them).
     */
    private final Map<String, dev.wasmrust.compiler.wasmir.WirImport> linked = new java.util.HashMap<>();
    /** Every loaded cell's module, by cell number. */
    private final Map<Integer, CellModule> modules = new LinkedHashMap<>();

    public Session() {
        this(SessionOptions.defaults());
    }

    public Session(SessionOptions options) {
        this.options = options;
        this.wasm = new WasmSession(options.effectiveRuntime());
        Diagnostics diags = new Diagnostics();
        Crate std = Prelude.parse(sources, diags);
        if (diags.hasErrors()) {
            throw new IllegalStateException("the standard library does not parse: " + diags.all());
        }
        this.prelude = dev.wasmrust.compiler.types.TypeChecker.DefinedPrelude.define(std, sources, diags);
        if (diags.hasErrors()) {
            throw new IllegalStateException("the standard library does not check: " + diags.all());
        }
        this.tableTop = 1; // slot 0 stays empty: a null function pointer traps instead of calling something
        if (options.precompileStd()) {
            precompileStd();
        }
    }

    /** Where output goes and input comes from for {@link #eval(String)} without its own I/O. */
    public void setDefaultIo(CellIo io) {
        this.defaultIo = io;
    }

    public CellResult eval(String code) {
        return eval(code, defaultIo);
    }

    /** True from the start of {@link #eval} to its end: an interrupt then stops that cell, even while it compiles. */
    private volatile boolean evaluating;
    private volatile boolean cancelled;

    /** Compiles, links and runs one cell; its output goes to {@code io} as it is written. */
    public CellResult eval(String code, CellIo io) {
        cancelled = false;
        evaluating = true;
        try {
            return evalCell(code, io);
        } finally {
            evaluating = false;
        }
    }

    private CellResult evalCell(String code, CellIo io) {
        int number = ++cells;
        return evalCell(code, io, number, "<cell " + number + ">");
    }

    /**
     * The standard library's common code, compiled into the session's first module (c0) when it starts: what
     * cells use most (formatting of numbers, strings and vectors, `Vec` and `String` basics, showing a value)
     * is then imported by every cell instead of being compiled by the first one that needs it.
     */
    private static final String STD_CELL = String.join("\n",
            "let __v: Vec<i32> = vec![1, 2, 3];",
            "let mut __s = String::from(\"s\");",
            "__s.push_str(\"t\");",
            "let __t = format!(\"{} {:?} {} {:?} {} {:?} {} {} {} {} {:?}\", 1i32, __v, __s, __s, \"str\", \"str\", 2i64, 3u64,",
            "    4usize, true, 'c');",
            "println!(\"{} {}\", __t.len(), __v.len());",
            "__v.len() as i32");

    private void precompileStd() {
        CellResult r = evalCell(STD_CELL, CellIo.discard(), 0, "<std cell>");
        if (r.status() != CellStatus.OK) {
            throw new IllegalStateException("the standard library's common code does not compile: "
                    + DiagnosticRenderer.renderAll(r.diagnostics(), sources, false) + r.faultMessage().orElse(""));
        }
    }

    private CellResult evalCell(String code, CellIo io, int number, String name) {
        SourceFile file = sources.add(name, code);
        int mark = area.mark();
        CompiledCell c = CellCompiler.compile(new CellCompiler.Context(sources, prelude, items, variables, area, types, tableTop,
                linked::get, false), file, number);
        if (!c.ok()) {
            area.rollback(mark);
            return new CellResult(number, name, CellStatus.ERROR, Optional.empty(), Optional.empty(), errorsOnly(c.diagnostics()),
                    null, c.phaseNanos());
        }
        String module = "c" + number;
        long t = System.nanoTime();
        try {
            int needed = tableTop + c.tableSlots();
            if (wasm.store().table().size() < needed) {
                wasm.store().table().grow(needed - wasm.store().table().size(), -1, null);
            }
            wasm.load(module, c.wasm());
        } catch (LinkException | RuntimeException e) {
            area.rollback(mark);
            Diagnostic d = Diagnostic.error(e instanceof CapabilityException ? e.getMessage()
                    : "cannot load the cell: " + e.getMessage()).primary(new Span(file.id(), 0, 0), "").build();
            return new CellResult(number, name, CellStatus.ERROR, Optional.empty(), Optional.empty(), List.of(d), null,
                    c.phaseNanos());
        }
        types = c.types();
        tableTop += c.tableSlots();
        modules.put(number, new CellModule(number, module, c.wasm(), c.ir(), (int) c.ir().imports().stream()
                .filter(i -> i.module().startsWith(dev.wasmrust.runtime.SessionAbi.CELLS_PREFIX)).count()));
        Map<String, Long> nanos = new LinkedHashMap<>(c.phaseNanos());
        nanos.put("link", System.nanoTime() - t);
        t = System.nanoTime();
        Memory mem = wasm.store().memory();
        mem.writeI32(CellMemoryLayout.VALUE_SLOT + 8, 0);
        CellOutcome outcome = wasm.run(module, CellCompiler.EXPORT, io, options.cellTimeLimit(), () -> cancelled);
        nanos.put("run", System.nanoTime() - t);
        // items are committed whenever the cell compiled; bindings and moves only when it ran to the end
        dropVariablesOfReplacedTypes(c.items(), number);
        if (c.items().replacesAnyOf(items)) {
            forgetCompiledItems();
        }
        String cellModule = dev.wasmrust.runtime.SessionAbi.cellModule(module);
        c.shared().forEach((sym, type) -> linked.putIfAbsent(sym,
                new dev.wasmrust.compiler.wasmir.WirImport(sym, cellModule, sym, type)));
        items = c.items();
        Optional<String> typeName = Optional.ofNullable(c.valueType()).map(Type::toString);
        if (!outcome.completed()) {
            CellStatus status = outcome instanceof CellOutcome.Panicked ? CellStatus.PANIC : CellStatus.FAULT;
            if (outcome instanceof CellOutcome.Panicked p && !p.message().isEmpty()) {
                io.output().output(dev.wasmrust.runtime.StdStream.STDERR, p.message() + "\n");
            }
            return new CellResult(number, name, status, Optional.empty(), typeName, c.notes(), outcome, nanos);
        }
        c.moves().forEach((id, at) -> {
            String var = c.externalNames().get(id);
            if (var != null) {
                variables.computeIfPresent(var, (k, v) -> v.movedBy(number, at));
            }
        });
        for (LoweredCell.Binding b : c.bindings()) {
            String n = b.local().name();
            if (n.equals("_") || n.startsWith("__")) {
                continue;
            }
            variables.remove(n);
            Span moved = c.moves().get(b.local().id());
            variables.put(n, new Variable(n, b.local().type().toString(), b.local().mutable(), number, b.address(), b.size(),
                    b.local().type(), declSpan(file, n), moved, moved == null ? 0 : number));
        }
        Optional<String> value = Optional.empty();
        if (c.valueType() != null && !(c.valueType() instanceof Type.Unit) && !(c.valueType() instanceof Type.Never)
                && mem.readInt(CellMemoryLayout.VALUE_SLOT + 8) == 1) {
            int ptr = mem.readInt(CellMemoryLayout.VALUE_SLOT);
            int len = mem.readInt(CellMemoryLayout.VALUE_SLOT + 4);
            value = Optional.of(new String(mem.readBytes(ptr, len), StandardCharsets.UTF_8));
        }
        return new CellResult(number, name, CellStatus.OK, value, typeName, c.notes(), outcome, nanos);
    }

    /**
     * After an item was replaced or removed: compiled code may depend on it (a callee, a layout), so later cells
     * compile afresh what they use. Earlier cells keep what they were compiled with, and so do the closures they
     * made (kept in variables, callable by later cells; no later cell could compile their bodies again).
     */
    private void forgetCompiledItems() {
        linked.keySet().removeIf(symbol -> !symbol.startsWith(CellCompiler.ENTRY_PREFIX));
    }

    /** Stops the cell being evaluated, if any, also while it is still compiled (from any thread). */
    public void interrupt() {
        if (evaluating) {
            cancelled = true;
        }
        wasm.interrupt();
    }

    public HostProfile profile() {
        return wasm.profile();
    }

    /** Switches the host profile, keeping every value; refused (nothing changes) if a loaded cell needs more. */
    public void switchProfile(HostProfile next) throws CapabilityException {
        wasm.switchProfile(next);
    }

    /** The execution-tier policy (interpreter, compiler, or automatic by hotness) the session runs cells with. */
    public TierPolicy tiers() {
        return wasm.config().tiers();
    }

    /** The session variables, oldest first (moved ones included, marked). */
    public List<Variable> variables() {
        return List.copyOf(variables.values());
    }

    public Optional<Variable> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The committed items' source texts, in program order (the valid ones: together they compile). */
    public List<String> items() {
        List<String> out = new ArrayList<>();
        for (ItemTable.Entry e : items.entries()) {
            if (e.valid()) {
                out.add(e.text());
            }
        }
        return out;
    }

    /** The committed items with the cell that entered each, in program order. */
    public List<ItemDefinition> definitions() {
        List<ItemDefinition> out = new ArrayList<>();
        for (ItemTable.Entry e : items.entries()) {
            out.add(new ItemDefinition(e.text(), e.cell(), e.valid() ? null : e.problems().get(0).message()));
        }
        return out;
    }

    /** The module of a loaded cell (cells that did not compile have none). */
    public Optional<CellModule> module(int cell) {
        return Optional.ofNullable(modules.get(cell));
    }

    /** Every loaded cell's module, oldest first. */
    public List<CellModule> modules() {
        return List.copyOf(modules.values());
    }

    /** The cell whose module holds the compiled function {@code symbol} that later cells import, if any. */
    public Optional<Integer> definingModule(String symbol) {
        dev.wasmrust.compiler.wasmir.WirImport imp = linked.get(symbol);
        if (imp == null) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(imp.module().substring((dev.wasmrust.runtime.SessionAbi.CELLS_PREFIX + "c").length())));
    }

    /**
     * Removes the item(s) named {@code name} (a function, type, trait, constant, module or macro). Items that no
     * longer compile without it become invalid, as after a redefinition (the result's diagnostics are warnings that
     * say which); variables of a removed type keep their values under it, unusable.
     */
    public DropResult drop(String name) {
        List<ItemTable.Entry> gone = items.named(name);
        if (gone.isEmpty()) {
            return new DropResult(false, List.of(), List.of());
        }
        ItemTable next = items.without(gone);
        SourceFile file = sources.add("<drop " + name + ">", "");
        int mark = area.mark();
        CompiledCell c = CellCompiler.compile(new CellCompiler.Context(sources, prelude, next, Map.of(), area, types, tableTop,
                symbol -> null, true), file, cells + 1);
        area.rollback(mark);
        if (!c.ok()) {
            return new DropResult(false, List.of(), errorsOnly(c.diagnostics()));
        }
        dropVariablesOfReplacedTypes(next, cells);
        items = c.items();
        forgetCompiledItems();
        List<String> removed = new ArrayList<>();
        gone.forEach(e -> removed.add(e.text()));
        return new DropResult(true, removed, c.notes());
    }

    /** Diagnostics rendered the way rustc renders them, with cells named {@code <cell N>}. */
    public String render(List<Diagnostic> diagnostics, boolean color) {
        return DiagnosticRenderer.renderAll(diagnostics, sources, color);
    }

    /** The session's sources (cells and standard library), for clients that render spans themselves. */
    public SourceMap sources() {
        return sources;
    }

    /** The runtime session (memory, table, cells), for tools and tests. */
    public WasmSession runtime() {
        return wasm;
    }

    @Override
    public void close() {
        wasm.close();
    }

    /**
     * A struct or enum replaced by a new definition may have another layout: variables whose type mentions the
     * old one cannot be read as the new one, so they end here (as in JShell, a redefinition can drop state).
     */
    private void dropVariablesOfReplacedTypes(ItemTable next, int cellNo) {
        java.util.Set<String> replaced = new java.util.HashSet<>();
        Map<String, dev.wasmrust.compiler.ast.Item> now = new java.util.HashMap<>();
        for (ItemTable.Entry e : next.entries()) {
            now.put(e.key(), e.item());
        }
        for (ItemTable.Entry e : items.entries()) {
            if (e.key().startsWith("type:") && now.get(e.key()) != e.item()) {
                replaced.add(e.key().substring(5));
            }
        }
        if (!replaced.isEmpty()) {
            variables.replaceAll((name, v) -> !v.typeReplaced() && mentions(v.type(), replaced) ? v.typeReplacedBy(cellNo) : v);
        }
    }

    private static boolean mentions(Type t, java.util.Set<String> paths) {
        if (t instanceof Type.Adt a) {
            return paths.contains(a.def().path()) || a.args().stream().anyMatch(x -> mentions(x, paths));
        } else if (t instanceof Type.Ref r) {
            return mentions(r.inner(), paths);
        } else if (t instanceof Type.Tuple tu) {
            return tu.elems().stream().anyMatch(x -> mentions(x, paths));
        } else if (t instanceof Type.Array ar) {
            return mentions(ar.elem(), paths);
        } else if (t instanceof Type.Slice sl) {
            return mentions(sl.elem(), paths);
        } else if (t instanceof Type.Closure c) {
            return c.captures().stream().anyMatch(x -> mentions(x, paths));
        }
        return false;
    }

    private static List<Diagnostic> errorsOnly(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : ds) {
            if (d.isError()) {
                out.add(d);
            }
        }
        return out;
    }

    /** Where the cell binds {@code name} ({@code let [mut] name}), for later cells' diagnostics. */
    private static Span declSpan(SourceFile file, String name) {
        Matcher m = Pattern.compile("\\blet\\s+(?:mut\\s+)?(" + Pattern.quote(name) + ")\\b").matcher(file.text());
        int at = 0;
        while (m.find()) {
            at = m.start(1);
        }
        return new Span(file.id(), at, at + (at == 0 ? 0 : name.length()));
    }
}
