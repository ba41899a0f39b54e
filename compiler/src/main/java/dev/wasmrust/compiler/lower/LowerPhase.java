package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.wasmir.WirData;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirGlobal;
import dev.wasmrust.compiler.wasmir.WirImport;
import dev.wasmrust.compiler.wasmir.WirMemory;
import dev.wasmrust.compiler.wasmir.WirModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lowering phase's entry point: a checked program becomes a WasmIR module that is a WASI command
 * ({@code _start} calls {@code main}; returning means exit status 0).
 */
public final class LowerPhase {
    private final SourceMap sources;
    private final Map<String, String> strings = new LinkedHashMap<>();
    private final Map<String, String> byteStrings = new LinkedHashMap<>();
    private final List<WirData> data = new ArrayList<>();
    private int dataBytes;
    private final Layouts layouts = new Layouts();
    private final Glue glue = new Glue(this);
    private final Map<String, TFunction> templates = new java.util.HashMap<>();
    private final java.util.Set<String> instantiated = new java.util.HashSet<>();
    private final java.util.ArrayDeque<TFunction> instances = new java.util.ArrayDeque<>();
    /** Reports a shadow-stack overflow the way a native Rust binary reports a stack overflow. */
    static final String STACK_OVERFLOW = "__rt_stack_overflow";

    private LowerPhase(SourceMap sources) {
        this.sources = sources;
    }

    public static WirModule lower(TProgram program, SourceMap sources) {
        return new LowerPhase(sources).run(program);
    }

    /**
     * Lowers a REPL cell: what its function reaches, importing memory, stack pointer and streams from the
     * session ({@code session:rt}), exporting the function as {@code cell.exportName()}, with an interrupt check
     * at every function entry and loop iteration. The session variables live at fixed addresses.
     */
    public static LoweredCell lowerCell(TProgram program, SourceMap sources, CellLowering cell) {
        LowerPhase p = new LowerPhase(sources);
        p.cell = cell;
        for (TFunction f : program.functions()) {
            if (f.symbol().equals(cell.entrySymbol()) && f.body() instanceof dev.wasmrust.compiler.thir.TExpr.Block b) {
                for (dev.wasmrust.compiler.thir.TStmt st : b.stmts()) {
                    if (st instanceof dev.wasmrust.compiler.thir.TStmt.Let let) {
                        CellInterrupts.bindings(let.pat(), p.topLevel);
                    }
                }
            }
        }
        WirModule m = p.run(program);
        return new LoweredCell(m, p.cellBindings);
    }

    private CellLowering cell;
    /** The ids of the cell function's top-level `let` bindings, which become session variables. */
    private final java.util.Set<Integer> topLevel = new java.util.HashSet<>();
    private final Map<Integer, Integer> homes = new java.util.HashMap<>();
    private final List<LoweredCell.Binding> cellBindings = new ArrayList<>();

    boolean isCell() {
        return cell != null;
    }

    /** The fixed address of a session variable seen or made by the cell function, or -1 for a frame local. */
    int staticHome(String fnSymbol, dev.wasmrust.compiler.thir.TLocal l) {
        if (cell == null || !fnSymbol.equals(cell.entrySymbol())) {
            return -1;
        }
        int ext = dev.wasmrust.compiler.types.CellSpec.externalIndex(l.id());
        if (ext >= 0) {
            return cell.externalAddresses()[ext];
        }
        if (!topLevel.contains(l.id())) {
            return -1;
        }
        return homes.computeIfAbsent(l.id(), id -> {
            Layouts.Layout lay = layouts.of(l.type());
            int size = Math.max(lay.size(), 0);
            int addr = cell.allocator().allocate(size, Math.max(1, lay.align()));
            cellBindings.add(new LoweredCell.Binding(l, addr, size));
            return addr;
        });
    }

    private java.util.Map<String, String> traitMethods = java.util.Map.of();
    private List<dev.wasmrust.compiler.types.TraitImpl> impls = List.of();

    /**
     * The instance of the function implementing {@code trait}'s {@code method} for a concrete type (a generic
     * impl's arguments are matched from its header), queued for lowering; null when the type has no impl.
     */
    String traitMethod(String trait, String method, dev.wasmrust.compiler.types.Type self) {
        return traitMethodInstance(trait, List.of(), method, self, List.of());
    }

    /** Whether {@code self} implements {@code trait} (without instantiating anything). */
    boolean hasTraitImpl(String trait, dev.wasmrust.compiler.types.Type self) {
        return dev.wasmrust.compiler.types.Projections.find(impls, trait, List.of(), self, t -> t) != null
                || traitMethods.keySet().stream().anyMatch(k -> k.startsWith(trait + "::") && k.endsWith("@" + typeKey(self)));
    }

    private static String typeKey(dev.wasmrust.compiler.types.Type self) {
        return self instanceof dev.wasmrust.compiler.types.Type.Adt a ? a.def().path() : self.toString();
    }

    /**
     * A type spelled so that distinct types never share a spelling (unlike rustc's display): structs and enums
     * by their full path, closures with the type arguments of the function instance they belong to.
     * Instances and glue functions are named with it.
     */
    static String instanceKey(dev.wasmrust.compiler.types.Type t) {
        if (t instanceof dev.wasmrust.compiler.types.Type.Closure c) {
            // the symbol too: closures of one macro expansion share a location (the call's) but not a symbol
            return "{closure@" + c.where() + "=" + c.symbol() + keys(c.ownerArgs()) + "}";
        }
        if (t instanceof dev.wasmrust.compiler.types.Type.Adt a) {
            return a.def().path() + keys(a.args());
        }
        if (t instanceof dev.wasmrust.compiler.types.Type.Ref r) {
            return (r.mutable() ? "&mut " : "&") + instanceKey(r.inner());
        }
        if (t instanceof dev.wasmrust.compiler.types.Type.Tuple tu) {
            return "(" + String.join(",", tu.elems().stream().map(LowerPhase::instanceKey).toList()) + ")";
        }
        if (t instanceof dev.wasmrust.compiler.types.Type.Array arr) {
            return "[" + instanceKey(arr.elem()) + ";" + arr.len() + "]";
        }
        if (t instanceof dev.wasmrust.compiler.types.Type.Slice sl) {
            return "[" + instanceKey(sl.elem()) + "]";
        }
        if (t instanceof dev.wasmrust.compiler.types.Type.FnDef d) {
            return "fn " + d.symbol() + keys(d.typeArgs());
        }
        return t.toString().replace(" ", "");
    }

    private static String keys(List<dev.wasmrust.compiler.types.Type> ts) {
        return ts.isEmpty() ? "" : "<" + String.join(",", ts.stream().map(LowerPhase::instanceKey).toList()) + ">";
    }

    private String traitMethodInstance(String trait, List<dev.wasmrust.compiler.types.Type> traitArgs, String method,
                                       dev.wasmrust.compiler.types.Type self, List<dev.wasmrust.compiler.types.Type> methodArgs) {
        dev.wasmrust.compiler.types.TraitImpl impl = dev.wasmrust.compiler.types.Projections.find(impls, trait, traitArgs, self, t -> t);
        if (impl == null) {
            // the primitive types' FromStr (`__from_str`) lives in inherent impls
            String sym = traitMethods.get(TProgram.traitMethodKey(trait, method, typeKey(self)));
            return sym == null ? null : instance(sym, methodArgs);
        }
        String sym = impl.methods().get(method);
        if (sym == null) {
            return null;
        }
        dev.wasmrust.compiler.types.Type[] b = dev.wasmrust.compiler.types.Projections.bindings(impl, self, traitArgs, t -> t, impls);
        List<dev.wasmrust.compiler.types.Type> args = new ArrayList<>();
        for (dev.wasmrust.compiler.types.Type t : b) {
            if (t == null) {
                throw new IllegalStateException("cannot determine the generic arguments of " + sym + " for " + self);
            }
            args.add(dev.wasmrust.compiler.types.Projections.normalize(t, impls, x -> x));
        }
        args.addAll(methodArgs);
        return instance(sym, args);
    }

    private java.util.function.Function<String, List<TFunction>> onDemand = x -> List.of();

    /** A function's checked body: from the program, or checked now (the standard library's, on first use). */
    private TFunction template(String symbol) {
        TFunction f = templates.get(symbol);
        if (f == null) {
            for (TFunction g : onDemand.apply(symbol)) {
                templates.putIfAbsent(g.symbol(), g);
            }
            f = templates.get(symbol);
        }
        if (f == null) {
            throw new IllegalStateException("no function " + symbol);
        }
        return f;
    }

    private WirModule run(TProgram program) {
        traitMethods = program.traitMethods();
        onDemand = program.onDemand();
        impls = program.impls();
        List<WirFunction> fns = new ArrayList<>();
        for (TFunction f : program.functions()) {
            templates.put(f.symbol(), f);
        }
        // only what main reaches is emitted (the standard library's unused functions are not)
        instance(program.mainSymbol(), List.of());
        if (cell != null) {
            // a closure the cell made may be kept in a session variable and called by a later cell, which imports it
            for (TFunction f : program.functions()) {
                if (f.symbol().startsWith(cell.entrySymbol() + "::{closure#")) {
                    instance(f.symbol(), List.of());
                }
            }
        }
        // monomorphization: each generic function once per distinct list of type arguments it is called with
        // glue (derived Debug, PartialEq, Clone) may need instances and instances may need glue
        do {
            while (!instances.isEmpty()) {
                fns.add(new FunctionLowering(this, instances.poll()).lower());
            }
            fns.addAll(glue.lowerPending(this::linkedFromEarlierCell));
        } while (!instances.isEmpty());
        if (cell != null) {
            List<String> missing = new ArrayList<>();
            for (String name : RuntimeLibrary.cellFunctionNames()) {
                if (!linkedFromEarlierCell(name)) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                for (WirFunction f : RuntimeLibrary.functions(true)) {
                    if (missing.contains(f.name())) {
                        fns.add(f);
                    }
                }
            }
            if (!linkedFromEarlierCell(STACK_OVERFLOW)) {
                fns.add(stackOverflow());
            }
            List<WirFunction> checked = new ArrayList<>();
            for (WirFunction f : fns) {
                // every function is offered to later cells under its symbol, but those only this cell can name
                String export = f.name().equals(cell.entrySymbol()) ? cell.exportName()
                        : cell.shareable(f.name()) ? f.name() : f.exportName();
                checked.add(CellInterrupts.instrument(f, export));
            }
            List<WirImport> imports = new ArrayList<>(RuntimeLibrary.cellImports());
            // only what this cell's code calls or takes the address of (the runtime library is always asked for)
            java.util.Set<String> used = new java.util.HashSet<>();
            for (WirFunction f : checked) {
                for (dev.wasmrust.compiler.wasmir.Inst i : f.body()) {
                    if (i instanceof dev.wasmrust.compiler.wasmir.Inst.Call c) {
                        used.add(c.function());
                    } else if (i instanceof dev.wasmrust.compiler.wasmir.Inst.FuncAddr a) {
                        used.add(a.function());
                    }
                }
            }
            if (used.contains(RuntimeLibrary.HOST_READ)) {
                imports.add(RuntimeLibrary.hostReadImport());
            }
            imports.addAll(hostImports.values());
            for (WirImport imp : linkedImports) {
                if (used.contains(imp.name())) {
                    imports.add(imp);
                }
            }
            WirMemory memory = new WirMemory(MemoryLayout.MIN_PAGES, -1, RuntimeLibrary.SESSION_RT, "memory", null);
            return new WirModule(imports, memory, RuntimeLibrary.cellGlobals(), data, checked);
        }
        Emitter start = new Emitter("_start", List.of(), List.of());
        start.call(program.mainSymbol());
        TFunction main = templates.get(program.mainSymbol());
        if (main != null && main.ret() instanceof dev.wasmrust.compiler.types.Type.Adt r && r.def().name().equals("Result")) {
            // `fn main() -> Result<(), E>`: the library reports an `Err` (and exits with status 1)
            String report = instance("core::__main_result", List.of(r.args().get(1)));
            do {
                while (!instances.isEmpty()) {
                    fns.add(new FunctionLowering(this, instances.poll()).lower());
                }
                fns.addAll(glue.lowerPending(this::linkedFromEarlierCell));
            } while (!instances.isEmpty());
            start.call(report);
        }
        fns.add(start.finish("_start"));
        fns.addAll(RuntimeLibrary.functions());
        fns.add(stackOverflow());
        List<WirImport> imports = RuntimeLibrary.imports();
        if (calls(fns, RuntimeLibrary.READ)) {
            fns.add(RuntimeLibrary.read());
            imports = new ArrayList<>(imports);
            imports.add(RuntimeLibrary.fdReadImport());
        }
        if (!hostImports.isEmpty()) {
            imports = new ArrayList<>(imports);
            imports.addAll(hostImports.values());
        }
        List<WirGlobal> globals = RuntimeLibrary.globals();
        WirMemory memory = new WirMemory(MemoryLayout.MIN_PAGES, -1, null, null, "memory");
        return new WirModule(imports, memory, globals, data, fns);
    }

    private static boolean calls(List<WirFunction> fns, String callee) {
        for (WirFunction f : fns) {
            for (dev.wasmrust.compiler.wasmir.Inst i : f.body()) {
                if (i instanceof dev.wasmrust.compiler.wasmir.Inst.Call c && c.function().equals(callee)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final List<WirImport> linkedImports = new ArrayList<>();

    /** Host functions (HostCalls) this module's code calls, each imported once. */
    private final java.util.Map<String, WirImport> hostImports = new java.util.LinkedHashMap<>();

    /** The symbol to call for a host function, importing it into this module on first use. */
    String hostImport(dev.wasmrust.compiler.types.HostCalls.HostCall host) {
        hostImports.computeIfAbsent(host.symbol(), k -> {
            List<dev.wasmrust.compiler.wasmir.ValType> params = new ArrayList<>();
            for (dev.wasmrust.compiler.types.Type t : host.params()) {
                if (t instanceof dev.wasmrust.compiler.types.Type.Ref) {
                    params.add(dev.wasmrust.compiler.wasmir.ValType.I32); // a &str: address and length
                    params.add(dev.wasmrust.compiler.wasmir.ValType.I32);
                } else {
                    params.add(t instanceof dev.wasmrust.compiler.types.Type.Float ? dev.wasmrust.compiler.wasmir.ValType.F64
                            : dev.wasmrust.compiler.wasmir.ValType.I32);
                }
            }
            List<dev.wasmrust.compiler.wasmir.ValType> results = host.ret() instanceof dev.wasmrust.compiler.types.Type.Unit
                    ? List.of() : List.of(dev.wasmrust.compiler.wasmir.ValType.I32);
            return new WirImport(k, host.module(), host.name(), dev.wasmrust.compiler.wasmir.FuncType.of(params, results));
        });
        return host.symbol();
    }

    /** In a cell: whether an earlier cell compiled {@code symbol}, which is then imported (once) instead. */
    private boolean linkedFromEarlierCell(String symbol) {
        if (cell == null || !cell.shareable(symbol)) {
            return false;
        }
        WirImport imp = cell.linked().find(symbol);
        if (imp == null) {
            return false;
        }
        linkedImports.add(imp);
        return true;
    }

    /** The symbol of a generic function's instance for concrete {@code typeArgs}, queued for lowering on first use. */
    String instance(String symbol, List<dev.wasmrust.compiler.types.Type> typeArgs) {
        if (symbol.startsWith("trait::")) {
            // a call through a generic parameter's bound: the impl for the concrete type; the type arguments are
            // Self, then the trait's own (`trait::FromIterator/1::from_iter`), then the method's
            String[] parts = symbol.substring(7).split("::");
            String trait = parts[0];
            int arity = 0;
            int slash = trait.indexOf('/');
            if (slash >= 0) {
                arity = Integer.parseInt(trait.substring(slash + 1));
                trait = trait.substring(0, slash);
            }
            String impl = traitMethodInstance(trait, typeArgs.subList(1, 1 + arity), parts[1], typeArgs.get(0),
                    typeArgs.subList(1 + arity, typeArgs.size()));
            if (impl == null) {
                throw new IllegalStateException("no impl of " + parts[0] + " for " + typeArgs.get(0) + " (type arguments " + typeArgs + ")");
            }
            return impl;
        }
        if (typeArgs.isEmpty()) {
            // an earlier cell's function (or closure) is imported: its body may not even be in this program
            if (instantiated.add(symbol) && !linkedFromEarlierCell(symbol)) {
                instances.add(template(symbol));
            }
            return symbol;
        }
        StringBuilder name = new StringBuilder(symbol).append('<');
        for (int i = 0; i < typeArgs.size(); i++) {
            name.append(i == 0 ? "" : ",").append(instanceKey(typeArgs.get(i)));
        }
        String inst = name.append('>').toString();
        if (instantiated.add(inst) && !linkedFromEarlierCell(inst)) {
            instances.add(dev.wasmrust.compiler.types.Zonker.instantiate(template(symbol), typeArgs, inst, impls));
        }
        return inst;
    }

    /** The standard library's `String` (the result type of `format!`). */
    dev.wasmrust.compiler.types.Type stringType() {
        TFunction from = template("core::String::from");
        return from.ret();
    }

    Glue glue() {
        return glue;
    }

    private final DropGlue drops = new DropGlue(this);

    /** Whether dropping a value of type {@code t} runs code (a {@code Drop} impl of it or of a part). */
    boolean needsDrop(dev.wasmrust.compiler.types.Type t) {
        return drops.needsDrop(t);
    }

    Layouts layouts() {
        return layouts;
    }

    private WirFunction stackOverflow() {
        Emitter e = new Emitter(STACK_OVERFLOW, List.of(), List.of());
        String text = "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\n";
        e.i32(2).data(stringData(text)).i32(utf8Length(text)).call(RuntimeLibrary.WRITE);
        e.i32(134).call(RuntimeLibrary.EXIT);
        return e.finish(null);
    }

    /** The data symbol holding these bytes (a byte string literal's array). */
    String bytesData(byte[] bytes) {
        String key = java.util.Base64.getEncoder().encodeToString(bytes);
        return byteStrings.computeIfAbsent(key, k -> {
            String sym = "bytes." + byteStrings.size();
            data.add(new WirData(sym, bytes, 1));
            dataBytes += bytes.length;
            return sym;
        });
    }

    /** The data symbol holding these UTF-8 bytes, shared by equal strings. */
    String stringData(String s) {
        return strings.computeIfAbsent(s, k -> {
            String sym = "str." + strings.size();
            byte[] bytes = k.getBytes(StandardCharsets.UTF_8);
            data.add(new WirData(sym, bytes, 1));
            dataBytes += bytes.length;
            return sym;
        });
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    SourceMap sources() {
        return sources;
    }

    boolean dataFits() {
        return MemoryLayout.DATA_BASE + dataBytes <= MemoryLayout.DATA_LIMIT;
    }

}
