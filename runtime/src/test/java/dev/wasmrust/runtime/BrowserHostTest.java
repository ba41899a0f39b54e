package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mocked browser: document tree, setTimeout queue after the cell, fetch fixtures, JS values as externref; the
 * {@code <canvas>} that code without externref (std/web.rs) reaches through i32 handles.
 */
class BrowserHostTest {
    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void aCellBuildsTheDocumentQueuesTimersAndFetches(Engine engine) throws Exception {
        Wasm w = Wasm.sessionCell();
        byte x = Wasm.EXTERNREF;
        byte i = Wasm.I32;
        int body = w.importFunc("document", "body", w.type(new byte[] {}, new byte[] {x}));
        int create = w.importFunc("document", "create_element", w.type(new byte[] {i, i}, new byte[] {x}));
        int setText = w.importFunc("document", "set_text_content", w.type(new byte[] {x, i, i}, new byte[] {}));
        int append = w.importFunc("document", "append_child", w.type(new byte[] {x, x}, new byte[] {}));
        int timeout = w.importFunc("window", "set_timeout", w.type(new byte[] {i, i, i}, new byte[] {i}));
        int fetch = w.importFunc("fetch", "fetch", w.type(new byte[] {i, i}, new byte[] {x}));
        int status = w.importFunc("fetch", "status", w.type(new byte[] {x}, new byte[] {i}));
        int text = w.importFunc("fetch", "text", w.type(new byte[] {x}, new byte[] {x}));
        int log = w.importFunc("console", "log_value", w.type(new byte[] {x}, new byte[] {}));
        w.data(0x100, "p".getBytes(StandardCharsets.UTF_8));
        w.data(0x110, "hi".getBytes(StandardCharsets.UTF_8));
        w.data(0x120, "https://example.org/data.json".getBytes(StandardCharsets.UTF_8));
        w.data(0x150, "https://example.org/missing".getBytes(StandardCharsets.UTF_8));
        // tick(arg): mem[1024] = mem[1024] * 10 + arg   (a setTimeout callback, table slot 3)
        int tick = w.func(Wasm.T_I_V, Wasm.Code.of().i32(1024).i32(1024).load(0).i32(10).op(0x6c).localGet(0).op(0x6a).store(0));
        w.elem(3, tick);
        // main() -> status of the fetch; builds <p>hi</p>, queues tick(7) after 10 ms and tick(5) after 0 ms
        int main = w.func(Wasm.T_V_I, Wasm.Code.of()
                .i32(0x100).i32(1).call(create).localSet(0)
                .localGet(0).i32(0x110).i32(2).call(setText)
                .call(body).localGet(0).call(append)
                .i32(3).i32(10).i32(7).call(timeout).op(0x1a)
                .i32(3).i32(0).i32(5).call(timeout).op(0x1a)
                .i32(0x120).i32(29).call(fetch).localSet(1)
                .localGet(1).call(text).call(log)
                .localGet(1).call(status), x, x);
        int missing = w.func(Wasm.T_V_I, Wasm.Code.of().i32(0x150).i32(27).call(fetch).op(0xd1));
        w.exportFunc("main", main).exportFunc("missing", missing);
        w.exportFunc("ticks", w.func(Wasm.T_V_I, Wasm.Code.of().i32(1024).load(0)));

        try (WasmSession s = Sessions.open(HostProfile.BROWSER, TierPolicy.of(engine))) {
            s.registerFetch("https://example.org/data.json", new FetchFixture(200, "{\"n\":1}"));
            s.load("c1", w.build());
            StringBuilder out = new StringBuilder();
            assertEquals(200, i32(s.run("c1", "main", CellIo.collecting(out, new StringBuilder()))));
            assertEquals("{\"n\":1}\n", out.toString());
            assertEquals("<body><p>hi</p></body>", s.documentBody().outerHtml());
            assertEquals(57, i32(Sessions.run(s, "c1", "ticks")), "timers ran after the cell, in due order");
            assertEquals(1, i32(Sessions.run(s, "c1", "missing")), "an unregistered URL is a network error (null)");
            assertTrue(s.jsHandles().live() >= 4);
        }
    }

    /** A cell making {@code <canvas width="16" height="8">} in the body and filling its left half red through its 2D context. */
    private static byte[] canvasCell() {
        Wasm w = Wasm.sessionCell();
        byte i = Wasm.I32;
        byte f = Wasm.F64;
        int body = w.importFunc("document", "body_handle", w.type(new byte[] {}, new byte[] {i}));
        int create = w.importFunc("document", "new_element", w.type(new byte[] {i, i}, new byte[] {i}));
        int setAttr = w.importFunc("document", "set_attr", w.type(new byte[] {i, i, i, i, i}, new byte[] {}));
        int append = w.importFunc("document", "append", w.type(new byte[] {i, i}, new byte[] {}));
        int context = w.importFunc("document", "context_2d", w.type(new byte[] {i}, new byte[] {i}));
        int show = w.importFunc("document", "show_canvas", w.type(new byte[] {i}, new byte[] {}));
        int fillStyle = w.importFunc("canvas", "set_fill_style", w.type(new byte[] {i, i, i}, new byte[] {}));
        int fillRect = w.importFunc("canvas", "fill_rect", w.type(new byte[] {i, f, f, f, f}, new byte[] {}));
        w.data(0x100, "canvas".getBytes(StandardCharsets.UTF_8));
        w.data(0x110, "width".getBytes(StandardCharsets.UTF_8));
        w.data(0x118, "16".getBytes(StandardCharsets.UTF_8));
        w.data(0x120, "height".getBytes(StandardCharsets.UTF_8));
        w.data(0x128, "8".getBytes(StandardCharsets.UTF_8));
        w.data(0x130, "red".getBytes(StandardCharsets.UTF_8));
        int main = w.func(Wasm.T_V_V, Wasm.Code.of()
                .i32(0x100).i32(6).call(create).localSet(0)
                .localGet(0).i32(0x110).i32(5).i32(0x118).i32(2).call(setAttr)
                .localGet(0).i32(0x120).i32(6).i32(0x128).i32(1).call(setAttr)
                .call(body).localGet(0).call(append)
                .localGet(0).call(context).localSet(1)
                .localGet(1).i32(0x130).i32(3).call(fillStyle)
                .localGet(1).f64(0).f64(0).f64(8).f64(8).call(fillRect)
                .localGet(0).call(show), i, i);
        w.exportFunc("main", main);
        return w.build();
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void aCanvasElementIsDrawnOnThroughI32HandlesAndShownAsAPng(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(HostProfile.BROWSER, TierPolicy.of(engine))) {
            s.load("c1", canvasCell());
            StringBuilder out = new StringBuilder();
            s.run("c1", "main", CellIo.collecting(out, new StringBuilder()));
            assertEquals("<body><canvas width=\"16\" height=\"8\"></canvas></body>", s.documentBody().outerHtml());
            Canvas2D c = s.documentBody().byTag("canvas").get(0).context2d();
            assertEquals(16, c.width());
            assertEquals("#ff0000", c.fillStyle());
            assertEquals(0xffff0000, c.pixel(4, 4));
            assertEquals(0, c.pixel(12, 4) >>> 24);
            assertTrue(out.toString().startsWith("[display image/png, "), out.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void theCanvasNeedsTheDomCapability(Engine engine) {
        for (HostProfile p : new HostProfile[] {HostProfile.WASMTIME, HostProfile.NODE, HostProfile.EMBEDDED}) {
            try (WasmSession s = Sessions.open(p, TierPolicy.of(engine))) {
                LinkException e = assertThrows(LinkException.class, () -> s.load("c1", canvasCell()));
                assertTrue(e instanceof CapabilityException, e.getMessage());
                assertTrue(e.getMessage().contains("capability `dom` (import `canvas.fill_rect`")
                        && e.getMessage().contains("host profile `" + p.cliName() + "`"), e.getMessage());
            }
        }
    }
}
