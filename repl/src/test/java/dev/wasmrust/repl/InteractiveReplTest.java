package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive REPL through JLine's dumb terminal on piped streams, with a scripted engine. */
class InteractiveReplTest {
    @TempDir
    Path dir;

    private DumbRepl start(FakeEngine engine) throws Exception {
        return new DumbRepl(engine, dir.resolve("history"), dir);
    }

    @Test
    void bannerPromptValueAndQuit() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            String s = r.waitFor(">> ");
            assertTrue(s.startsWith("WasmRust test · host wasmtime · fake engine · :help"), s);
            r.type("40 + 2\n");
            r.waitFor("40 + 2\n40 + 2\n");
            r.type(":quit\n");
            assertEquals(0, r.finish());
            assertEquals(List.of("40 + 2"), engine.evaluated);
        }
    }

    @Test
    void incompleteInputContinuesAsOneCell() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type("fn f(c: char) -> &'static str {\n");
            r.type("let s = r#\"}\"#; /* } /* nested } */ */ '}'\n");
            r.type("}\n");
            r.waitFor(">> fn f");
            r.type(":quit\n");
            r.finish();
            assertEquals(1, engine.evaluated.size(), engine.evaluated.toString());
            String cell = engine.evaluated.get(0);
            assertTrue(cell.startsWith("fn f(c: char) -> &'static str {\n    let s = r#\"}\"#;"), cell);
            assertTrue(cell.strip().endsWith("}"), cell);
            assertTrue(r.screen().contains(".. "), r.screen());
        }
    }

    @Test
    void historyEventExpansionIsOff() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type("true\n");
            r.type("!!true\n");
            r.waitFor("!!true\n!!true");
            r.type(":quit\n");
            r.finish();
            assertEquals(List.of("true", "!!true"), engine.evaluated);
        }
    }

    @Test
    void everyCommand() throws Exception {
        FakeEngine engine = new FakeEngine();
        Files.writeString(dir.resolve("cells.rs"), "say from a file\nfn main() {\n    say in main\n}\n");
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type(":help\n");
            String s = r.waitFor(":quit  ");
            for (ReplCommands.Command c : ReplCommands.ALL) {
                assertTrue(s.contains(c.name()), c.name());
            }
            r.type(":help wat\n");
            r.waitFor("the WebAssembly text of a cell's module");
            r.type(":vars\n");
            r.waitFor("let mut count: i32    // <cell 1>");
            r.type(":items\n");
            r.waitFor("fn area(w: u32) -> u32    // <cell 1>");
            r.type(":type 1u8 + 2\n");
            r.waitFor("\nu8\n");
            r.type(":type bad\n");
            r.waitFor("error[E0425]: cannot find value `bad` in this scope");
            r.type(":wat\n");
            r.waitFor("(module)");
            r.type(":wat nothing\n");
            r.waitFor("error: no cell or item `nothing`");
            r.type(":ir area\n");
            r.waitFor("func $area");
            r.type(":size\n");
            r.waitFor("1,234 bytes");
            r.type(":host\n");
            r.waitFor("host profile: wasmtime");
            r.type(":host node\n");
            r.waitFor("host profile: node");
            r.type(":host embedded\n");
            r.waitFor("which host profile `embedded` lacks");
            r.type(":host mars\n");
            r.waitFor("unknown host profile `mars`");
            r.type(":caps\n");
            r.waitFor("c1 needs: wasi");
            r.type(":timing on\n");
            r.waitFor("timing is on");
            r.type("say hi\n");
            r.waitFor("compile 1.0 ms · run 2.0 ms · module c1 1,234 bytes · host node");
            r.type(":timing off\n");
            r.waitFor("timing is off");
            r.type(":explain E0308\n");
            r.waitFor("different type than the one expected");
            r.type("bad\n");
            r.waitFor("error[E0308]: mismatched types");
            r.type(":drop area\n");
            r.waitFor("dropped fn area");
            r.type(":drop nope\n");
            r.waitFor("no item `nope` in the session");
            r.type(":save out.rs\n");
            r.waitFor("saved to out.rs");
            r.type(":load cells.rs\n");
            r.waitFor("loaded cells.rs: 2 of 2 cells ran");
            r.type(":load missing.rs\n");
            r.waitFor("couldn't read `missing.rs`: No such file or directory");
            r.type(":reset\n");
            r.waitFor("the session is empty again");
            r.type(":itmes\n");
            r.waitFor("help: did you mean `:items`?");
            r.type(":quit\n");
            assertEquals(0, r.finish());
            assertTrue(engine.calls.contains("reset"));
            assertEquals("fn main() {\n    println!(\"saved\");\n}\n", Files.readString(dir.resolve("out.rs")));
            assertTrue(engine.evaluated.contains("say from a file"));
            assertTrue(engine.evaluated.contains("main();"), engine.evaluated.toString());
            assertFalse(r.screen().contains("Exception"), r.screen());
        }
    }

    @Test
    void explainWithoutCodeExplainsTheLastError() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type(":explain\n");
            r.waitFor("`:explain` needs an error code");
            r.type("bad\n");
            r.waitFor("error[E0308]");
            r.type(":explain\n");
            r.waitFor("different type than the one expected");
            r.type(":quit\n");
            r.finish();
        }
    }

    @Test
    void ctrlCWhileACellRunsInterruptsTheCellNotTheRepl() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type("loop {}\n");
            assertTrue(engine.running.await(30, TimeUnit.SECONDS));
            r.terminal.raise(Terminal.Signal.INT);
            r.waitFor("interrupted: the cell was interrupted after 5 ms; the session is intact");
            r.type("7\n");
            r.waitFor("\n7\n");
            assertTrue(r.isRunning());
            r.type(":quit\n");
            assertEquals(0, r.finish());
            assertTrue(engine.calls.contains("interrupt"));
        }
    }

    @Test
    void ctrlCAtThePromptDropsTheUnfinishedCell() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = new DumbRepl(engine, null, dir, new Size(120, 40), "ansi")) {
            r.waitFor(">> ");
            r.type("fn f() {\n((([\n");
            r.waitFor("..     ((([");
            r.terminal.raise(Terminal.Signal.INT); // what the terminal does with Ctrl-C
            r.waitFor(">> ", 2); // a fresh prompt: keys typed before it would still belong to the dropped line
            r.type("8\n");
            r.waitFor("\n8\n");
            r.type(":quit\n");
            r.finish();
            assertEquals(List.of("8"), engine.evaluated);
        }
    }

    @Test
    void aMultiLineCellIsOneHistoryEntryAcrossSessions() throws Exception {
        FakeEngine first = new FakeEngine();
        try (DumbRepl r = start(first)) {
            r.waitFor(">> ");
            r.type("fn g() {\n1\n}\n");
            r.waitFor(">> fn g");
            r.type(":quit\n");
            r.finish();
        }
        assertTrue(Files.exists(dir.resolve("history")));
        FakeEngine second = new FakeEngine();
        try (DumbRepl r = new DumbRepl(second, dir.resolve("history"), dir, new Size(120, 40), "ansi")) {
            r.waitFor(">> ");
            r.type("\u001b[A\u001b[A\r"); // Up twice: past `:quit` to the cell
            long end = System.nanoTime() + 30_000_000_000L;
            while (second.evaluated.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            r.type(":quit\n");
            r.finish();
        }
        assertEquals(1, second.evaluated.size());
        assertTrue(second.evaluated.get(0).startsWith("fn g() {\n"), second.evaluated.toString());
        assertTrue(second.evaluated.get(0).strip().endsWith("}"), second.evaluated.toString());
    }

    @Test
    void ctrlRSearchesTheHistory() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = new DumbRepl(engine, dir.resolve("history"), dir, new Size(120, 40), "ansi")) {
            r.waitFor(">> ");
            r.type("say unique\r");
            r.type("2\r");
            r.waitFor(">> ", 3);
            r.type("\u0012uniq");
            r.waitFor("uniq");
            r.type("\r\r");
            long end = System.nanoTime() + 10_000_000_000L;
            while (engine.evaluated.size() < 3 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            r.type(":quit\r");
            r.finish();
        }
        assertEquals(List.of("say unique", "2", "say unique"), engine.evaluated);
    }

    @Test
    void anUnusableHistoryFileIsReportedOnceAndTheReplWorks() throws Exception {
        Path notAFile = dir.resolve("hist-dir");
        Files.createDirectories(notAFile);
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = new DumbRepl(engine, notAFile, dir)) {
            String s = r.waitFor(">> ");
            assertTrue(s.contains("history is kept for this session only"), s);
            r.type("5\n");
            r.waitFor("\n5\n");
            r.type(":quit\n");
            r.finish();
            assertFalse(r.screen().contains("Exception"), r.screen());
        }
    }

    @Test
    void aGarbledHistoryFileDoesNotBreakStartUp() throws Exception {
        Files.write(dir.resolve("history"), new byte[] {0, (byte) 0xff, 10, 58, 58, (byte) 0xc3, 10, 92});
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type("6\n");
            r.waitFor("\n6\n");
            r.type(":quit\n");
            r.finish();
            assertFalse(r.screen().contains("Exception"), r.screen());
        }
    }

    @Test
    void aZeroWidthTerminalStillWorks() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = new DumbRepl(engine, null, dir, new Size(0, 0))) {
            r.waitFor(">> ");
            r.type("fn h() {\n2\n}\n9\n");
            r.waitFor("\n9\n");
            r.type(":quit\n");
            assertEquals(0, r.finish());
            assertEquals(2, engine.evaluated.size());
        }
    }

    @Test
    void tabCompletesCommandsMembersAndPaths() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = new DumbRepl(engine, null, dir, new Size(120, 40), "ansi")) {
            r.waitFor(">> ");
            r.type("v.pu\t\n");
            r.type("std::collections::Has\t\n");
            r.type(":he\t\n");
            r.waitFor("Type Rust");
            r.type(":quit\n");
            r.finish();
            assertEquals(List.of("v.push", "std::collections::HashMap"), engine.evaluated);
            assertTrue(engine.calls.contains("members v"));
        }
    }

    @Test
    void aCellReadsItsStdinFromTheTerminal() throws Exception {
        FakeEngine engine = new FakeEngine();
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type("read\n");
            r.type("hello there\n");
            r.waitFor("\"hello there\"");
            r.type(":quit\n");
            r.finish();
        }
    }

    @Test
    void aPasteOfTenThousandLinesIsHandled() throws Exception {
        FakeEngine engine = new FakeEngine();
        StringBuilder paste = new StringBuilder("fn big() {\n");
        for (int i = 0; i < 10_000; i++) {
            paste.append("let x").append(i).append(" = ").append(i).append(";\n");
        }
        paste.append("}\n");
        try (DumbRepl r = start(engine)) {
            r.waitFor(">> ");
            r.type(paste.toString());
            r.type(":quit\n");
            assertEquals(0, r.finish());
        }
        assertEquals(1, engine.evaluated.size());
        assertEquals(10_002, engine.evaluated.get(0).split("\n").length);
    }
}
