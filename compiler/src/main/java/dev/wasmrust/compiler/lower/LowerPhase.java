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

    private java.util.Map<String, String> traitMethods = java.util.Map.of();

    /** The function implementing a trait's method for a concrete type, or null when the type has no impl. */
    String traitMethod(String trait, String method, dev.wasmrust.compiler.types.Type self) {
        String key = dev.wasmrust.compiler.thir.TProgram.traitMethodKey(trait, method,
                self instanceof dev.wasmrust.compiler.types.Type.Adt a ? a.def().path() : self.toString());
        return traitMethods.get(key);
    }

    private WirModule run(TProgram program) {
        traitMethods = program.traitMethods();
        List<WirFunction> fns = new ArrayList<>();
        for (TFunction f : program.functions()) {
            templates.put(f.symbol(), f);
        }
        // only what main reaches is emitted (the standard library's unused functions are not)
        instance(program.mainSymbol(), List.of());
        // monomorphization: each generic function once per distinct list of type arguments it is called with
        // glue (derived Debug, PartialEq, Clone) may need instances and instances may need glue
        do {
            while (!instances.isEmpty()) {
                fns.add(new FunctionLowering(this, instances.poll()).lower());
            }
            fns.addAll(glue.lowerPending());
        } while (!instances.isEmpty());
        Emitter start = new Emitter("_start", List.of(), List.of());
        start.call(program.mainSymbol());
        fns.add(start.finish("_start"));
        fns.addAll(RuntimeLibrary.functions());
        fns.add(stackOverflow());
        List<WirImport> imports = RuntimeLibrary.imports();
        List<WirGlobal> globals = RuntimeLibrary.globals();
        WirMemory memory = new WirMemory(MemoryLayout.MIN_PAGES, -1, null, null, "memory");
        return new WirModule(imports, memory, globals, data, fns);
    }

    /** The symbol of a generic function's instance for concrete {@code typeArgs}, queued for lowering on first use. */
    String instance(String symbol, List<dev.wasmrust.compiler.types.Type> typeArgs) {
        if (symbol.startsWith("trait::")) {
            // a call through a generic parameter's bound: the impl for the concrete type
            String[] parts = symbol.substring(7).split("::");
            String impl = traitMethod(parts[0], parts[1], typeArgs.get(0));
            if (impl == null) {
                throw new IllegalStateException("no impl of " + parts[0] + " for " + typeArgs.get(0));
            }
            return instance(impl, typeArgs.subList(1, typeArgs.size()));
        }
        if (typeArgs.isEmpty()) {
            if (instantiated.add(symbol)) {
                instances.add(templates.get(symbol));
            }
            return symbol;
        }
        StringBuilder name = new StringBuilder(symbol).append('<');
        for (int i = 0; i < typeArgs.size(); i++) {
            name.append(i == 0 ? "" : ",").append(typeArgs.get(i).toString().replace(" ", ""));
        }
        String inst = name.append('>').toString();
        if (instantiated.add(inst)) {
            instances.add(dev.wasmrust.compiler.types.Zonker.instantiate(templates.get(symbol), typeArgs, inst));
        }
        return inst;
    }

    /** The standard library's `String` (the result type of `format!`). */
    dev.wasmrust.compiler.types.Type stringType() {
        TFunction from = templates.get("core::String::from");
        return from.ret();
    }

    Glue glue() {
        return glue;
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
