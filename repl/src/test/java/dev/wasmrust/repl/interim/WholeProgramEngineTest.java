package dev.wasmrust.repl.interim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.cli.Main;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.repl.engine.Completion;
import dev.wasmrust.repl.engine.ModuleSize;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.StdStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interim engine against the session rules: commits, values, diagnostics on the cell's lines, save. */
class WholeProgramEngineTest {
    @TempDir
    Path dir;

    private final WholeProgramEngine engine = new WholeProgramEngine(HostProfile.WASMTIME);
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    private CellResult eval(String source) {
        out.setLength(0);
        err.setLength(0);
        return engine.evaluate(source, new CellIo((s, t) -> (s == StdStream.STDOUT ? out : err).append(t), () -> null));
    }

    @Test
    void variablesPersistAndOnlyTheNewCellsOutputIsShown() {
        CellResult r = eval("let mut count = 1;\nprintln!(\"first\");");
        assertEquals(CellResult.Outcome.OK, r.outcome());
        assertEquals("first\n", out.toString());
        r = eval("count += 41;\ncount");
        assertEquals("", out.toString());
        assertEquals("42", r.value());
        assertEquals("i32", r.valueType());
        assertEquals("count", engine.variables().get(0).name());
        assertTrue(engine.variables().get(0).mutable());
        assertEquals("<cell 1>", engine.variables().get(0).cell());
        assertNull(eval("println!(\"unit\")").value(), "a unit value shows nothing");
        assertEquals("unit\n", out.toString());
    }

    @Test
    void aRejectedCellCommitsNothingAndItsDiagnosticPointsAtTheCell() {
        eval("let x = 5;");
        CellResult r = eval("let y: String = x;");
        assertEquals(CellResult.Outcome.REJECTED, r.outcome());
        String shown = DiagnosticRenderer.renderAll(r.diagnostics(), r.sources(), false);
        assertTrue(shown.contains("error[E0308]: mismatched types\n --> <cell 2>:1:17"), shown);
        assertTrue(shown.contains("1 | let y: String = x;"), shown);
        assertFalse(shown.contains("<session>"), shown);
        assertEquals(1, engine.variables().size());
        CellResult syntax = eval("let z = (1, ;");
        assertTrue(DiagnosticRenderer.renderAll(syntax.diagnostics(), syntax.sources(), false).contains("<cell 3>:1:"));
    }

    @Test
    void aPanickedCellKeepsItsItemsNotItsBindings() {
        CellResult r = eval("fn double(x: i32) -> i32 { x * 2 }\nlet v: Vec<i32> = Vec::new();\nv[3]");
        assertEquals(CellResult.Outcome.PANICKED, r.outcome());
        assertTrue(err.toString().contains("thread 'main' panicked at <cell 1>:3:2:\nindex out of bounds"), err.toString());
        assertEquals("8", eval("double(4)").value());
        assertEquals(CellResult.Outcome.REJECTED, eval("v.len()").outcome());
    }

    @Test
    void redefinitionReplacesAnItem() {
        eval("fn f() -> i32 { 1 }");
        eval("fn f() -> i32 { 2 }");
        assertEquals("2", eval("f()").value());
        assertEquals(1, engine.items().stream().filter(i -> i.name().equals("f")).count());
    }

    @Test
    void typesItemsAndModules() {
        eval("#[derive(Debug)]\nstruct Point { x: i32, y: i32 }\nlet p = Point { x: 1, y: 2 };");
        assertEquals("Point", engine.typeOf("p").type());
        assertEquals("i32", engine.typeOf("p.x + 1").type());
        assertNull(engine.typeOf("nope").type());
        assertEquals("struct Point", engine.items().get(0).signature());
        assertEquals("Point { x: 1, y: 2 }", eval("p").value());
        assertTrue(engine.wat(null).text().contains("(func $main"));
        assertTrue(engine.wat("c1").text().startsWith("(module"));
        assertNotNull(engine.wat("nothing").error());
        assertTrue(engine.ir(null).text().startsWith("wasmir 1"));
        ModuleSize s = engine.sizes().get(0);
        assertTrue(s.bytes() > 100 && s.sections().containsKey("code"), s.toString());
    }

    @Test
    void membersAndPathsForCompletion() {
        eval("struct S { field: u8 }\nimpl S { fn method(&self) -> u8 { self.field } }\nlet s = S { field: 1 };\nlet v = vec![1u8];");
        assertTrue(engine.members("s").stream().map(Completion::value).toList().containsAll(java.util.List.of("field", "method")));
        assertTrue(engine.members("v").stream().map(Completion::value).toList().containsAll(java.util.List.of("push", "len", "iter")));
        assertTrue(engine.members("v.iter()").stream().anyMatch(c -> c.value().equals("map")));
        assertTrue(engine.pathMembers("std::collections").stream().anyMatch(c -> c.value().equals("HashMap")));
        assertTrue(engine.pathMembers("Option").stream().anyMatch(c -> c.value().equals("Some")));
        assertTrue(engine.names().stream().anyMatch(c -> c.value().equals("s") && c.description().equals("S")));
    }

    @Test
    void theHostProfileIsCheckedAgainstTheSessionsModules() {
        eval("println!(\"needs a console\");");
        assertFalse(engine.switchHost(HostProfile.EMBEDDED).switched());
        assertEquals(HostProfile.WASMTIME, engine.hostProfile());
        assertTrue(engine.switchHost(HostProfile.NODE).switched());
        assertTrue(engine.capabilities().neededByCell().get("c1").stream().anyMatch(c -> c.displayName().equals("wasi")));
    }

    @Test
    void dropRefusesWhatTheSessionStillUses() {
        eval("fn used() -> i32 { 3 }\nfn unused() -> i32 { 4 }\nlet k = used();");
        assertFalse(engine.drop("used").dropped());
        assertTrue(engine.drop("unused").dropped());
        assertFalse(engine.drop("unsed").dropped());
        assertTrue(engine.drop("nothing").message().contains("no item"));
        engine.reset();
        assertTrue(engine.items().isEmpty() && engine.variables().isEmpty());
    }

    @Test
    void anInterruptStopsTheCellAndKeepsTheSession() throws Exception {
        eval("let keep = 7;");
        CompletableFuture<CellResult> running = CompletableFuture.supplyAsync(() -> engine.evaluate("loop {}",
                new CellIo((s, t) -> { }, () -> null)));
        Thread.sleep(1500);
        engine.interrupt();
        CellResult r = running.get(60, TimeUnit.SECONDS);
        assertEquals(CellResult.Outcome.INTERRUPTED, r.outcome());
        assertEquals("7", eval("keep").value());
    }

    @Test
    void aSavedSessionRunsAndReproducesTheOutput() throws Exception {
        StringBuilder shown = new StringBuilder();
        for (String cell : new String[] {"fn square(x: i32) -> i32 { x * x }", "let mut total = 0;",
                "for i in 1..=3 {\n    total += square(i);\n}\nprintln!(\"total {total}\");", "let broken: u8 = \"x\";",
                "total * 2", "let v = vec![total];\nv"}) {
            CellResult r = eval(cell);
            shown.append(out);
            if (r.value() != null) {
                shown.append(r.value()).append('\n');
            }
        }
        Path file = dir.resolve("saved.rs");
        Files.writeString(file, engine.save().source());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8) + Files.readString(file));
        assertEquals("total 14\n28\n[14]\n", shown.toString());
        assertEquals(shown.toString(), stdout.toString(StandardCharsets.UTF_8));
    }
}
