package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TProgram;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.ValType;
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
    private final List<WirData> data = new ArrayList<>();
    private int dataBytes;

    private LowerPhase(SourceMap sources) {
        this.sources = sources;
    }

    public static WirModule lower(TProgram program, SourceMap sources) {
        return new LowerPhase(sources).run(program);
    }

    private WirModule run(TProgram program) {
        List<WirFunction> fns = new ArrayList<>();
        for (TFunction f : program.functions()) {
            fns.add(new FunctionLowering(this, f).lower());
        }
        Emitter start = new Emitter("_start", List.of(), List.of());
        start.call(program.mainSymbol());
        fns.add(start.finish("_start"));
        fns.addAll(RuntimeLibrary.functions());
        List<WirImport> imports = RuntimeLibrary.imports();
        List<WirGlobal> globals = RuntimeLibrary.globals();
        WirMemory memory = new WirMemory(MemoryLayout.MIN_PAGES, -1, null, null, "memory");
        return new WirModule(imports, memory, globals, data, fns);
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

    /** The wasm values that represent a Rust value of type {@code t}. */
    static List<ValType> wasmTypes(Type t) {
        if (t instanceof Type.Int i) {
            return switch (i.kind().bits()) {
                case 128 -> List.of(ValType.I64, ValType.I64);
                case 64 -> List.of(ValType.I64);
                default -> List.of(ValType.I32);
            };
        }
        if (t instanceof Type.Bool || t instanceof Type.Char) {
            return List.of(ValType.I32);
        }
        if (t instanceof Type.Str) {
            return List.of(ValType.I32, ValType.I32);
        }
        return List.of();
    }
}
