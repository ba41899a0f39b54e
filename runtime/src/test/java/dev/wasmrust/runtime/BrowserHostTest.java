package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mocked browser: document tree, setTimeout queue after the cell, fetch fixtures, JS values as externref. */
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
}
