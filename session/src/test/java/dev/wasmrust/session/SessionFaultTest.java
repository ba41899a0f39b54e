package dev.wasmrust.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.CellOutcome;
import dev.wasmrust.runtime.SessionConfig;
import dev.wasmrust.runtime.StdStream;
import dev.wasmrust.runtime.StoreConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix: each fault in the middle of a session ends its cell, never the session; every earlier
 * variable is still readable afterwards, and the faulting cell's own bindings are not committed.
 */
class SessionFaultTest {
    private static Session sessionWithState(SessionOptions options) {
        Session s = new Session(options);
        CellResult r = s.eval("let v = vec![1, 2, 3];\nlet s = String::from(\"kept\");\nlet mut n = 5;");
        assertEquals(CellStatus.OK, r.status(), r.diagnostics().toString());
        return s;
    }

    private static void assertStateIntact(Session s) {
        CellResult r = s.eval("n += 1;\n(v.len() as i32 + n, s.clone())");
        assertEquals(CellStatus.OK, r.status(), r.diagnostics().toString());
        assertEquals("(9, \"kept\")", r.value().orElseThrow());
        CellResult lost = s.eval("lost");
        assertEquals(CellStatus.ERROR, lost.status());
        assertEquals("E0425", lost.diagnostics().get(0).code());
    }

    @Test
    void panic() {
        try (Session s = sessionWithState(SessionOptions.defaults())) {
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            CellResult r = s.eval("let lost = 1;\nprintln!(\"before\");\nlet e: Vec<i32> = Vec::new();\ne[lost]", CellIo.collecting(out, err));
            assertEquals(CellStatus.PANIC, r.status());
            assertEquals("before\n", out.toString());
            assertTrue(err.toString().startsWith("\nthread 'main' panicked at <cell 2>:4:"), err.toString());
            assertTrue(err.toString().endsWith("\nindex out of bounds: the len is 0 but the index is 1\n"
                    + "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"), err.toString());
            assertStateIntact(s);
        }
    }

    @Test
    void stackOverflow() {
        try (Session s = sessionWithState(SessionOptions.defaults())) {
            CellResult r = s.eval("fn down(n: u64) -> u64 { if n == 0 { 0 } else { 1 + down(n - 1) } }\nlet lost = down(1_000_000_000);");
            assertEquals(CellStatus.FAULT, r.status(), r.toString());
            assertStateIntact(s);
            // the function it defined is committed and still callable
            assertEquals("3", s.eval("down(3)").value().orElseThrow());
        }
    }

    @Test
    void outOfMemory() {
        SessionConfig small = SessionConfig.defaults().withStore(StoreConfig.defaults().withMaxPages(64));
        try (Session s = sessionWithState(SessionOptions.defaults().withRuntime(small))) {
            CellResult r = s.eval("let mut lost: Vec<u64> = Vec::new();\nloop { lost.push(7); }");
            assertEquals(CellStatus.FAULT, r.status(), r.toString());
            assertInstanceOf(CellOutcome.OutOfMemory.class, r.outcome());
            assertStateIntact(s);
        }
    }

    @Test
    void endlessLoopInterruptedFromAnotherThread() throws Exception {
        try (Session s = sessionWithState(SessionOptions.defaults())) {
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                s.interrupt();
            });
            stopper.start();
            CellResult r = s.eval("let lost = 1;\nlet mut i: u64 = 0;\nwhile i >= 0 { i = i.wrapping_add(1); }");
            stopper.join();
            assertEquals(CellStatus.FAULT, r.status(), r.toString());
            assertInstanceOf(CellOutcome.Interrupted.class, r.outcome());
            assertStateIntact(s);
        }
    }

    @Test
    void endlessLoopStoppedByTimeLimit() {
        try (Session s = sessionWithState(SessionOptions.defaults().withCellTimeLimit(Duration.ofMillis(300)))) {
            CellResult r = s.eval("let lost = 1;\nloop {}");
            assertInstanceOf(CellOutcome.Interrupted.class, r.outcome());
            assertStateIntact(s);
        }
    }

    @Test
    void hostException() {
        try (Session s = sessionWithState(SessionOptions.defaults())) {
            CellIo failing = new CellIo((stream, text) -> {
                throw new IllegalStateException("listener failed");
            }, dev.wasmrust.runtime.InputSource.EMPTY);
            CellResult r = s.eval("let lost = 1;\nprintln!(\"x\");", failing);
            assertEquals(CellStatus.FAULT, r.status(), r.toString());
            assertInstanceOf(CellOutcome.HostFailure.class, r.outcome());
            assertStateIntact(s);
        }
    }

    @Test
    void compileErrorLeavesNoTrace() {
        try (Session s = sessionWithState(SessionOptions.defaults())) {
            CellResult r = s.eval("let lost = 1;\nfn f() -> i32 { \"no\" }");
            assertEquals(CellStatus.ERROR, r.status());
            assertEquals("E0308", r.diagnostics().get(0).code());
            assertEquals(CellStatus.ERROR, s.eval("f()").status());
            assertStateIntact(s);
        }
    }

    @Test
    void outputIsIncremental() {
        StringBuilder seen = new StringBuilder();
        try (Session s = new Session()) {
            s.eval("println!(\"a\");\neprintln!(\"b\");", new CellIo((stream, text) -> seen.append(stream == StdStream.STDOUT ? "out:" : "err:")
                    .append(text), dev.wasmrust.runtime.InputSource.EMPTY));
        }
        assertTrue(seen.toString().equals("out:a\nerr:b\n"), seen.toString());
    }
}
