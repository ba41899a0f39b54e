package dev.wasmrust.repl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.cli.Main;
import dev.wasmrust.compiler.diag.DiagnosticRenderer;
import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.repl.engine.DropResult;
import dev.wasmrust.repl.engine.ModuleSize;
import dev.wasmrust.repl.engine.Completion;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.StdStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's engine interface over the real session engine. */
class SessionReplEngineTest {
    @TempDir
    Path dir;

    private final SessionReplEngine engine = new SessionReplEngine(HostProfile.WASMTIME);
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @AfterEach
    void close() {
        engine.close();
    }

    private CellResult eval(String source) {
        out.setLength(0);
        err.setLength(0);
        return engine.evaluate(source, new CellIo((s, t) -> (s == StdStream.STDOUT ? out : err).append(t), () -> null));
    }

    @Test
    void cellsValuesVariablesAndDiagnostics() {
        assertEquals(CellResult.Outcome.OK, eval("let mut n = 40;\nprintln!(\"hi\");").outcome());
        assertEquals("hi\n", out.toString());
        CellResult r = eval("n += 2;\nn");
        assertEquals("42", r.value());
        assertEquals("i32", r.valueType());
        assertEquals("n", engine.variables().get(0).name());
        assertEquals("<cell 1>", engine.variables().get(0).cell());
        CellResult bad = eval("let s: String = n;");
        assertEquals(CellResult.Outcome.REJECTED, bad.outcome());
        assertTrue(DiagnosticRenderer.renderAll(bad.diagnostics(), bad.sources(), false).contains("--> <cell 3>:1:17"));
        assertEquals(CellResult.Outcome.PANICKED, eval("let v: Vec<u8> = Vec::new();\nv[1]").outcome());
        assertTrue(err.toString().contains("panicked at <cell 4>:2:"), err.toString());
    }

    @Test
    void aCellReadsALineFromTheTerminalsInput() {
        List<String> lines = new java.util.ArrayList<>(List.of("7 8 9"));
        CellResult r = engine.evaluate("use std::io::{self, Write};\nprint!(\"numbers? \");\nio::stdout().flush().unwrap();\n"
                        + "let mut line = String::new();\nio::stdin().read_line(&mut line).expect(\"Failed to read line\");\n"
                        + "line.split_whitespace().map(|x| x.parse::<i32>().unwrap()).sum::<i32>()",
                new CellIo((s, t) -> (s == StdStream.STDOUT ? out : err).append(t), () -> lines.isEmpty() ? null : lines.remove(0)));
        assertEquals(CellResult.Outcome.OK, r.outcome(), err.toString());
        assertEquals("24", r.value());
        assertEquals("numbers? ", out.toString());
        assertTrue(lines.isEmpty(), "the line was asked for");
    }

    @Test
    void typesAndCompletionComeFromTheProbe() {
        eval("struct P { x: i32 }\nimpl P { fn norm(&self) -> i32 { self.x.abs() } }\nlet p = P { x: -3 };\nlet v = vec![1u64];");
        assertEquals("P", engine.typeOf("p").type());
        assertEquals("u64", engine.typeOf("v[0] * 2").type());
        assertNull(engine.typeOf("nope").type());
        assertFalse(engine.typeOf("nope").diagnostics().isEmpty());
        List<String> members = engine.members("p").stream().map(Completion::value).toList();
        assertTrue(members.containsAll(List.of("x", "norm")), members.toString());
        assertTrue(engine.members("v").stream().anyMatch(c -> c.value().equals("push")));
        assertTrue(engine.items().stream().anyMatch(i -> i.name().equals("P") && i.kind().equals("struct")));
        assertTrue(engine.names().stream().anyMatch(c -> c.value().equals("p")));
    }

    @Test
    void modulesItemsAndDropComeFromTheSession() {
        eval("fn sq(x: i32) -> i32 { x * x }");
        eval("let a = sq(3);\nprintln!(\"{a}\");");
        eval("println!(\"{}\", sq(4));");
        String wat = engine.wat(null).text();
        assertTrue(wat.startsWith("(module"), wat);
        assertTrue(wat.contains("(import \"session:cells/c2\""), wat);
        assertTrue(engine.wat("2").text().contains("(func $sq"), engine.wat("2").text());
        assertTrue(engine.wat("sq").text().contains("(func $sq"), engine.wat("sq").text());
        assertTrue(engine.ir("c3").text().contains("__wasmrust_cell_3"), engine.ir("c3").text());
        assertNotNull(engine.wat("nothing").error());
        List<ModuleSize> sizes = engine.sizes();
        assertEquals(List.of("c0", "c1", "c2", "c3"), sizes.stream().map(ModuleSize::cell).toList());
        assertTrue(sizes.get(3).bytes() > 0 && sizes.get(3).bytes() < sizes.get(0).bytes(), sizes.toString());
        assertEquals("<cell 1>", engine.items().get(0).cell());
        assertTrue(engine.capabilities().neededByCell().containsKey("c3"));
        String timing = eval("sq(5)").timings().describe();
        assertTrue(timing.matches("compile [0-9.]+ ms \\(parse .* · check .* · lower .* · encode .* · instantiate [0-9.]+ ms\\) · run [0-9.]+ ms"),
                timing);
        eval("fn quad(x: i32) -> i32 { sq(sq(x)) }");
        DropResult dropped = engine.drop("sq");
        assertTrue(dropped.dropped() && dropped.message().contains("`quad` no longer compiles"), dropped.message());
        assertEquals(CellResult.Outcome.REJECTED, eval("quad(2)").outcome());
        eval("fn sq(x: i32) -> i32 { x * x }");
        assertEquals("16", eval("quad(2)").value());
        eval("fn unused() {}");
        assertTrue(engine.drop("unused").dropped());
        assertFalse(engine.drop("unusd").dropped());
        assertTrue(engine.drop("unusd").message().contains("no item"));
    }

    @Test
    void hostSwitchResetAndInterrupt() throws Exception {
        eval("println!(\"x\");");
        // cells print through the session ABI, which every profile offers (embedded included)
        assertTrue(engine.switchHost(HostProfile.EMBEDDED).switched());
        assertTrue(engine.switchHost(HostProfile.NODE).switched());
        assertEquals(HostProfile.NODE, engine.hostProfile());
        eval("let keep = 5;");
        CompletableFuture<CellResult> running = CompletableFuture.supplyAsync(() -> engine.evaluate("loop {}", CellIo.discard()));
        Thread.sleep(1500);
        engine.interrupt();
        assertEquals(CellResult.Outcome.INTERRUPTED, running.get(60, TimeUnit.SECONDS).outcome());
        assertEquals("5", eval("keep").value());
        engine.reset();
        assertTrue(engine.variables().isEmpty());
        assertEquals(HostProfile.NODE, engine.hostProfile());
    }

    @Test
    void aSavedSessionReproducesTheOutput() throws Exception {
        StringBuilder shown = new StringBuilder();
        for (String cell : new String[] {"fn cube(x: i64) -> i64 { x * x * x }", "let mut acc = 0i64;",
                "for i in 1..=3 {\n    acc += cube(i);\n}\nprintln!(\"acc {acc}\");", "let wrong: bool = 1;", "acc + 1"}) {
            CellResult r = eval(cell);
            shown.append(out);
            if (r.value() != null) {
                shown.append(r.value()).append('\n');
            }
        }
        Path file = dir.resolve("s.rs");
        Files.writeString(file, engine.save().source());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true));
        assertEquals(0, code, Files.readString(file));
        assertEquals("acc 36\n37\n", shown.toString());
        assertEquals(shown.toString(), stdout.toString(StandardCharsets.UTF_8));
    }
}
