package dev.wasmrust.compiler.types;

import java.util.List;
import java.util.Map;

/**
 * Host functions the standard library calls as {@code intrinsics::NAME(..)}: the browser profile's document and
 * canvas (std/web.rs). The compiler has no {@code extern} blocks or externref type, so JavaScript values are i32
 * handles into the runtime's JS handle table, strings are passed as (address, length) and numbers as f64. A
 * module gets the import only when its code calls the function, so the runtime's capability check refuses a
 * program that uses the DOM under a profile without one, and leaves every other program alone.
 */
public final class HostCalls {
    private HostCalls() {}

    /** One host function: the import's module and name, and its signature in Rust types. */
    public record HostCall(String module, String name, List<Type> params, Type ret) {
        public HostCall {
            params = List.copyOf(params);
        }

        /** The symbol the import has in a module's WasmIR. */
        public String symbol() {
            return "__host_" + module + "_" + name;
        }
    }

    private static final Type H = Type.of(IntKind.I32);
    private static final Type F = Type.of(FloatKind.F64);
    private static final Type S = Type.STR_REF;
    private static final Type U = Type.UNIT;

    private static final Map<String, HostCall> CALLS = Map.ofEntries(
            doc("dom_body", "body_handle", List.of(), H),
            doc("dom_create_element", "new_element", List.of(S), H),
            doc("dom_get_element_by_id", "element_by_id", List.of(S), H),
            doc("dom_set_attribute", "set_attr", List.of(H, S, S), U),
            doc("dom_append_child", "append", List.of(H, H), U),
            doc("dom_context_2d", "context_2d", List.of(H), H),
            doc("dom_show_canvas", "show_canvas", List.of(H), U),
            canvas("set_fill_style", List.of(H, S)),
            canvas("set_stroke_style", List.of(H, S)),
            canvas("set_line_width", List.of(H, F)),
            canvas("fill_rect", List.of(H, F, F, F, F)),
            canvas("stroke_rect", List.of(H, F, F, F, F)),
            canvas("clear_rect", List.of(H, F, F, F, F)),
            canvas("begin_path", List.of(H)),
            canvas("close_path", List.of(H)),
            canvas("move_to", List.of(H, F, F)),
            canvas("line_to", List.of(H, F, F)),
            canvas("arc", List.of(H, F, F, F, F, F)),
            canvas("fill", List.of(H)),
            canvas("stroke", List.of(H)));

    private static Map.Entry<String, HostCall> doc(String intrinsic, String name, List<Type> params, Type ret) {
        return Map.entry(intrinsic, new HostCall("document", name, params, ret));
    }

    private static Map.Entry<String, HostCall> canvas(String name, List<Type> params) {
        return Map.entry("canvas_" + name, new HostCall("canvas", name, params, U));
    }

    /** The host function behind {@code intrinsics::NAME}, or null. */
    public static HostCall of(String intrinsic) {
        return CALLS.get(intrinsic);
    }
}
