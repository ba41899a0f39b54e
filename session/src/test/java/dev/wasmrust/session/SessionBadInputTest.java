package dev.wasmrust.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.InputSource;
import dev.wasmrust.runtime.StdStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Bad input of issue 6: cells of any size or depth, floods of output, garbage. Each ends its cell with a
 * clear message (or runs), and the session goes on with its state.
 */
class SessionBadInputTest {
    private static Session withState() {
        Session s = new Session();
        assertEquals(CellStatus.OK, s.eval("let kept = vec![1, 2, 3];").status());
        return s;
    }

    private static void stillUsable(Session s) {
        CellResult r = s.eval("kept.len()");
        assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false));
        assertEquals("3", r.value().orElseThrow());
    }

    @Test
    void anOutputFloodIsStreamedInBoundedPieces() {
        try (Session s = withState()) {
            AtomicLong bytes = new AtomicLong();
            AtomicInteger largest = new AtomicInteger();
            CellIo counting = new CellIo((stream, text) -> {
                if (stream == StdStream.STDOUT) {
                    bytes.addAndGet(text.length());
                    largest.accumulateAndGet(text.length(), Math::max);
                }
            }, InputSource.EMPTY);
            // 20 MB of output: the listener sees it as it is written, never as one buffer
            CellResult r = s.eval("let line = \"x\".repeat(199);\nfor _ in 0..100000 {\n    println!(\"{}\", line);\n}", counting);
            assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false));
            assertEquals(20_000_000L, bytes.get());
            assertTrue(largest.get() <= 64 * 1024, "largest piece " + largest.get());
            stillUsable(s);
        }
    }

    @Test
    void aDeeplyNestedCellIsRejectedOrRunsButNeverEndsTheSession() {
        try (Session s = withState()) {
            int depth = 20_000;
            String deep = "(".repeat(depth) + "1" + ")".repeat(depth);
            CellResult r = s.eval(deep);
            assertTrue(r.status() == CellStatus.ERROR || r.status() == CellStatus.OK, r.toString());
            if (r.status() == CellStatus.ERROR) {
                assertTrue(!r.diagnostics().isEmpty());
            }
            String blocks = "{".repeat(5_000) + "1" + "}".repeat(5_000);
            CellResult b = s.eval(blocks);
            assertTrue(b.status() == CellStatus.ERROR || b.status() == CellStatus.OK, b.toString());
            stillUsable(s);
        }
    }

    @Test
    void aLargeCellCompilesAndRuns() {
        try (Session s = withState()) {
            StringBuilder cell = new StringBuilder("let mut total: u64 = 0;\n");
            for (int i = 0; i < 3_000; i++) {
                cell.append("total += ").append(i).append(";\n");
            }
            cell.append("total");
            CellResult r = s.eval(cell.toString());
            assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false));
            assertEquals(String.valueOf(2_999L * 3_000 / 2), r.value().orElseThrow());
            stillUsable(s);
        }
    }

    @Test
    void garbageAndUnbalancedInputAreDiagnosed() {
        try (Session s = withState()) {
            for (String bad : new String[] {"\u0000\u0001\u0002", "fn f( {", "}}}}", "let = ;", "\"unterminated", "/* open"}) {
                CellResult r = s.eval(bad);
                assertEquals(CellStatus.ERROR, r.status(), bad);
                assertTrue(!r.diagnostics().isEmpty(), bad);
                assertTrue(s.render(r.diagnostics(), false).startsWith("error"), s.render(r.diagnostics(), false));
            }
            stillUsable(s);
        }
    }

    @Test
    void allocatingUntilMemoryRunsOutEndsOnlyTheCell() {
        SessionOptions small = SessionOptions.defaults().withRuntime(dev.wasmrust.runtime.SessionConfig.defaults()
                .withStore(dev.wasmrust.runtime.StoreConfig.defaults().withMaxPages(256)));
        try (Session s = new Session(small)) {
            assertEquals(CellStatus.OK, s.eval("let kept = vec![1, 2, 3];").status());
            StringBuilder err = new StringBuilder();
            CellResult r = s.eval("let mut all: Vec<Vec<u8>> = Vec::new();\nloop {\n    all.push(vec![7u8; 1 << 20]);\n}",
                    CellIo.collecting(new StringBuilder(), err));
            assertTrue(r.status() == CellStatus.FAULT || r.status() == CellStatus.PANIC, r.toString());
            assertTrue((err + r.faultMessage().orElse("")).contains("memory"), err + " / " + r);
            stillUsable(s);
        }
    }
}
