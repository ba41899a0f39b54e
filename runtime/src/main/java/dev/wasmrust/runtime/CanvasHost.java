package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.F64;
import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser profile's {@code CanvasRenderingContext2D} methods (module {@value #MODULE}, capability {@code dom}):
 * the first argument is the context's i32 handle from {@code document.context_2d}, strings are (address, length)
 * and numbers f64. Each call draws on the {@link Canvas2D} the canvas element owns.
 */
final class CanvasHost {
    static final String MODULE = "canvas";

    private CanvasHost() {}

    /** A method of the context given its handle and the call's other arguments. */
    @FunctionalInterface
    private interface Method {
        void call(Canvas2D c, com.dylibso.chicory.runtime.Instance inst, long[] a);
    }

    static List<HostFunction> functions(HostState st) {
        List<HostFunction> fs = new ArrayList<>();
        fs.add(method(st, "set_fill_style", List.of(I32, I32), (c, inst, a) -> c.setFillStyle(text(inst, a[1], a[2]))));
        fs.add(method(st, "set_stroke_style", List.of(I32, I32), (c, inst, a) -> c.setStrokeStyle(text(inst, a[1], a[2]))));
        fs.add(method(st, "set_line_width", List.of(F64), (c, inst, a) -> c.setLineWidth(f(a[1]))));
        fs.add(method(st, "fill_rect", List.of(F64, F64, F64, F64), (c, inst, a) -> c.fillRect(f(a[1]), f(a[2]), f(a[3]), f(a[4]))));
        fs.add(method(st, "stroke_rect", List.of(F64, F64, F64, F64),
                (c, inst, a) -> c.strokeRect(f(a[1]), f(a[2]), f(a[3]), f(a[4]))));
        fs.add(method(st, "clear_rect", List.of(F64, F64, F64, F64), (c, inst, a) -> c.clearRect(f(a[1]), f(a[2]), f(a[3]), f(a[4]))));
        fs.add(method(st, "begin_path", List.of(), (c, inst, a) -> c.beginPath()));
        fs.add(method(st, "close_path", List.of(), (c, inst, a) -> c.closePath()));
        fs.add(method(st, "move_to", List.of(F64, F64), (c, inst, a) -> c.moveTo(f(a[1]), f(a[2]))));
        fs.add(method(st, "line_to", List.of(F64, F64), (c, inst, a) -> c.lineTo(f(a[1]), f(a[2]))));
        fs.add(method(st, "arc", List.of(F64, F64, F64, F64, F64),
                (c, inst, a) -> c.arc(f(a[1]), f(a[2]), f(a[3]), f(a[4]), f(a[5]))));
        fs.add(method(st, "fill", List.of(), (c, inst, a) -> c.fill()));
        fs.add(method(st, "stroke", List.of(), (c, inst, a) -> c.stroke()));
        return fs;
    }

    private static HostFunction method(HostState st, String name, List<ValType> rest, Method m) {
        List<ValType> params = new ArrayList<>();
        params.add(I32);
        params.addAll(rest);
        return fn(MODULE, name, params, List.of(), (inst, a) -> {
            m.call(st.js.get((int) a[0], Canvas2D.class, "a CanvasRenderingContext2D"), inst, a);
            return null;
        });
    }

    /** Chicory passes an f64 argument as its bits. */
    private static double f(long bits) {
        return Double.longBitsToDouble(bits);
    }
}
