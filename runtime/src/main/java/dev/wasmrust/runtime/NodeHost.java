package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.EXTERN;
import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.I64;
import static dev.wasmrust.runtime.HostFunctions.bytes;
import static dev.wasmrust.runtime.HostFunctions.copyOut;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.i32;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Node's {@code process} (argv, env, exit, hrtime, platform) and Buffer-like bytes ({@code buffer}: a
 * copy of wasm memory held by the host, passed as externref).
 */
final class NodeHost {
    static final String PROCESS = "process";
    static final String BUFFER = "buffer";

    private NodeHost() {}

    static List<HostFunction> functions(HostState st) {
        return List.of(
                fn(PROCESS, "argc", List.of(), List.of(I32), (inst, a) -> i32(st.argv().size())),
                fn(PROCESS, "argv", List.of(I32), List.of(EXTERN), (inst, a) -> {
                    List<String> argv = st.argv();
                    return new long[] {a[0] >= 0 && a[0] < argv.size() ? st.js.put(argv.get((int) a[0])) : JsHandles.NULL};
                }),
                fn(PROCESS, "env", List.of(I32, I32), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(st.options.env().get(text(inst, a[0], a[1])))}),
                fn(PROCESS, "exit", List.of(I32), List.of(), (inst, a) -> {
                    throw new CellSignal.Exit((int) a[0]);
                }),
                fn(PROCESS, "hrtime", List.of(), List.of(I64), (inst, a) -> new long[] {System.nanoTime() - st.startNanos}),
                fn(PROCESS, "platform", List.of(), List.of(EXTERN), (inst, a) -> new long[] {st.js.put("wasmrust")}),
                fn(BUFFER, "from", List.of(I32, I32), List.of(EXTERN), (inst, a) -> new long[] {st.js.put(bytes(inst, a[0], a[1]))}),
                fn(BUFFER, "length", List.of(EXTERN), List.of(I32), (inst, a) -> i32(buffer(st, a[0]).length)),
                fn(BUFFER, "read", List.of(EXTERN, I32, I32), List.of(I32), (inst, a) -> copyOut(inst, buffer(st, a[0]), a[1], a[2])),
                fn(BUFFER, "to_string", List.of(EXTERN), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(new String(buffer(st, a[0]), StandardCharsets.UTF_8))}));
    }

    private static byte[] buffer(HostState st, long handle) {
        return st.js.get(handle, byte[].class, "a Buffer");
    }
}
