package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.HostFunctions.EXTERN;
import static dev.wasmrust.runtime.HostFunctions.I32;
import static dev.wasmrust.runtime.HostFunctions.fn;
import static dev.wasmrust.runtime.HostFunctions.i32;
import static dev.wasmrust.runtime.HostFunctions.text;

import com.dylibso.chicory.runtime.HostFunction;
import java.util.List;

/**
 * The browser's {@code document} (an element tree with {@code body}, elements passed as externref) and
 * {@code window} ({@code set_timeout(table_index, delay_ms, arg) -> id}: the callback is a function-table
 * slot of type (i32) -> (), run after the cell, see {@link TimerQueue}).
 *
 * <p>The same document for code without externref (the standard library's {@code web} module, std/web.rs): the
 * {@code *_handle}-free names below take and return elements as i32 indices into the same handle table,
 * {@code context_2d} gives a {@code <canvas>}'s {@link Canvas2D} (drawn on through {@link CanvasHost}) and
 * {@code show_canvas} shows the canvas's pixels as a PNG display block.
 */
final class DomHost {
    static final String DOCUMENT = "document";
    static final String WINDOW = "window";

    private DomHost() {}

    static List<HostFunction> functions(HostState st) {
        return List.of(
                fn(DOCUMENT, "body", List.of(), List.of(EXTERN), (inst, a) -> new long[] {st.js.put(st.body)}),
                fn(DOCUMENT, "create_element", List.of(I32, I32), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(new DomElement(text(inst, a[0], a[1])))}),
                fn(DOCUMENT, "get_element_by_id", List.of(I32, I32), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(st.document.findById(text(inst, a[0], a[1])))}),
                fn(DOCUMENT, "append_child", List.of(EXTERN, EXTERN), List.of(), (inst, a) -> {
                    element(st, a[0]).append(element(st, a[1]));
                    return null;
                }),
                fn(DOCUMENT, "set_text_content", List.of(EXTERN, I32, I32), List.of(), (inst, a) -> {
                    element(st, a[0]).setText(text(inst, a[1], a[2]));
                    return null;
                }),
                fn(DOCUMENT, "text_content", List.of(EXTERN), List.of(EXTERN),
                        (inst, a) -> new long[] {st.js.put(element(st, a[0]).textContent())}),
                fn(DOCUMENT, "set_attribute", List.of(EXTERN, I32, I32, I32, I32), List.of(), (inst, a) -> {
                    element(st, a[0]).attributes().put(text(inst, a[1], a[2]), text(inst, a[3], a[4]));
                    return null;
                }),
                fn(DOCUMENT, "body_handle", List.of(), List.of(I32), (inst, a) -> i32((int) st.js.put(st.body))),
                fn(DOCUMENT, "new_element", List.of(I32, I32), List.of(I32),
                        (inst, a) -> i32((int) st.js.put(new DomElement(text(inst, a[0], a[1]))))),
                fn(DOCUMENT, "element_by_id", List.of(I32, I32), List.of(I32),
                        (inst, a) -> i32((int) st.js.put(st.document.findById(text(inst, a[0], a[1]))))),
                fn(DOCUMENT, "set_attr", List.of(I32, I32, I32, I32, I32), List.of(), (inst, a) -> {
                    element(st, (int) a[0]).attributes().put(text(inst, a[1], a[2]), text(inst, a[3], a[4]));
                    return null;
                }),
                fn(DOCUMENT, "append", List.of(I32, I32), List.of(), (inst, a) -> {
                    element(st, (int) a[0]).append(element(st, (int) a[1]));
                    return null;
                }),
                fn(DOCUMENT, "context_2d", List.of(I32), List.of(I32), (inst, a) -> {
                    Canvas2D c = element(st, (int) a[0]).context2d();
                    return i32(c == null ? -1 : (int) st.js.put(c));
                }),
                fn(DOCUMENT, "show_canvas", List.of(I32), List.of(), (inst, a) -> {
                    DomElement canvas = element(st, (int) a[0]);
                    Canvas2D c = canvas.context2d();
                    if (c == null) {
                        throw new IllegalArgumentException("show_canvas: <" + canvas.tag() + "> is not a canvas");
                    }
                    // the display block std/display.rs writes, so the front end shows it like display::png
                    byte[] block = ("\u001b]5379;image/png;" + java.util.Base64.getEncoder().encodeToString(c.png()) + "\u0007")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    st.io.write(StdStream.STDOUT, block, 0, block.length);
                    return null;
                }),
                fn(WINDOW, "set_timeout", List.of(I32, I32, I32), List.of(I32),
                        (inst, a) -> i32(st.timers.schedule((int) a[0], (int) a[1], (int) a[2]))),
                fn(WINDOW, "clear_timeout", List.of(I32), List.of(), (inst, a) -> {
                    st.timers.cancel((int) a[0]);
                    return null;
                }));
    }

    private static DomElement element(HostState st, long handle) {
        return st.js.get(handle, DomElement.class, "an element");
    }
}
