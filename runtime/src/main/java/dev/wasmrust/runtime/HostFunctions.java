package dev.wasmrust.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers shared by the mocked hosts. */
final class HostFunctions {
    static final ValType I32 = ValType.I32;
    static final ValType I64 = ValType.I64;
    static final ValType F64 = ValType.F64;
    static final ValType EXTERN = ValType.ExternRef;

    private HostFunctions() {}

    static HostFunction fn(String module, String name, List<ValType> params, List<ValType> results,
                           WasmFunctionHandle handle) {
        return new HostFunction(module, name, FunctionType.of(params, results), handle);
    }

    static String key(String module, String name) {
        return module + "\u0000" + name;
    }

    static String text(Instance caller, long ptr, long len) {
        return new String(bytes(caller, ptr, len), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Instance caller, long ptr, long len) {
        return caller.memory().readBytes((int) ptr, (int) len);
    }

    /** Copies as much of {@code data} as fits into (ptr, cap) and returns the full length, as snprintf does. */
    static long[] copyOut(Instance caller, byte[] data, long ptr, long cap) {
        int n = (int) Math.min(data.length, Math.max(0, cap));
        caller.memory().write((int) ptr, data, 0, n);
        return new long[] {data.length};
    }

    static long[] i32(long v) {
        return new long[] {v};
    }
}
