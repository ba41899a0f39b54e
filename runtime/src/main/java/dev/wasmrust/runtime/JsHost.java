package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.EXTERN;
import static dev.wasmrust.runtime.HostFunctions.F64;
import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.copyOut;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.i32;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JS values as externref handles ({@link JsHandles}): strings and numbers in and out, and dropping a
 * handle. Strings cross as UTF-8; reading one copies at most {@code cap} bytes and returns its full length.
 */
final class JsHost {
    static final String MODULE = "js";

    private JsHost() {}

    static List<HostFunction> functions(HostState st) {
        return List.of(
                fn(MODULE, "string", List.of(I32, I32), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(text(inst, a[0], a[1]))}),
                fn(MODULE, "string_length", List.of(EXTERN), List.of(I32),
                        (inst, a) -> i32(utf8(st, a[0]).length)),
                fn(MODULE, "string_read", List.of(EXTERN, I32, I32), List.of(I32),
                        (inst, a) -> copyOut(inst, utf8(st, a[0]), a[1], a[2])),
                fn(MODULE, "number", List.of(F64), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(Double.longBitsToDouble(a[0]))}),
                fn(MODULE, "to_number", List.of(EXTERN), List.of(F64),
                        (inst, a) -> new long[] {Double.doubleToRawLongBits(st.js.get(a[0], Double.class, "a number"))}),
                fn(MODULE, "drop", List.of(EXTERN), List.of(), (inst, a) -> {
                    st.js.drop(a[0]);
                    return null;
                }));
    }

    private static byte[] utf8(HostState st, long handle) {
        return st.js.get(handle, String.class, "a string").getBytes(StandardCharsets.UTF_8);
    }
}
