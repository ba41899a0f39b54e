package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.EXTERN;
import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JavaScript {@code console}: {@code log}, {@code info}, {@code debug} go to the cell's stdout,
 * {@code warn} and {@code error} to its stderr, one line per call. Text comes as UTF-8 (ptr, len);
 * {@code log_value} shows a JS value given as externref.
 */
final class ConsoleHost {
    static final String MODULE = "console";

    private ConsoleHost() {}

    static List<HostFunction> functions(HostState st) {
        List<HostFunction> fs = new ArrayList<>();
        for (String level : List.of("log", "info", "debug", "warn", "error")) {
            StdStream s = level.equals("warn") || level.equals("error") ? StdStream.STDERR : StdStream.STDOUT;
            fs.add(fn(MODULE, level, List.of(I32, I32), List.of(), (inst, a) -> {
                line(st, s, text(inst, a[0], a[1]));
                return null;
            }));
        }
        fs.add(fn(MODULE, "log_value", List.of(EXTERN), List.of(), (inst, a) -> {
            line(st, StdStream.STDOUT, JsHandles.display(st.js.get(a[0])));
            return null;
        }));
        return fs;
    }

    static void line(HostState st, StdStream s, String text) {
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        st.io.write(s, b, 0, b.length);
    }
}
