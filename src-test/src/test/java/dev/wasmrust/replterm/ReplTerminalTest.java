package dev.wasmrust.replterm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./wasmrust} launcher in a real terminal (tmux): multi-line input, Tab completion, Ctrl-C
 * interrupting {@code loop {}}, {@code :save} then {@code wasmrust run}, Ctrl-D; and batch mode on a pipe.
 */
class ReplTerminalTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("wasmrust");

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("HOME", dir.toString(), "WASMRUST_HISTORY", dir.resolve("history").toString(), "TERM", "xterm-256color");
    }

    @Test
    void aSessionInARealTerminal() throws Exception {
        Tmux.require();
        try (Tmux t = Tmux.start(LAUNCHER.toString(), dir, env(), 110, 40)) {
            String banner = t.waitFor(">> ", 1, 600);
            assertTrue(banner.contains("WasmRust") && banner.contains("host wasmtime") && banner.contains(":help"), banner);

            // a multi-line cell: Enter on an incomplete cell continues it with the suggested indent
            t.type("fn sq(x: i32) -> i32 {");
            t.key("Enter");
            t.waitFor(".. ", 1, 30);
            t.type("x * x");
            t.key("Enter");
            t.type("}");
            t.key("Enter");
            String p = t.waitFor(">> ", 2, 60);
            assertTrue(p.contains("..     x * x"), p);

            // Tab completes a method from the receiver's inferred type
            t.type("let v = vec![1, 2, 3];");
            t.key("Enter");
            t.waitFor(">> ", 3, 60);
            t.type("v.pu");
            t.key("Tab");
            t.waitFor("v.push", 1, 60);
            t.key("C-u");
            t.type("sq(7)");
            t.key("Enter");
            t.waitFor("\n49\n", 1, 60);

            // Ctrl-C interrupts the running cell, not the REPL, and the session survives
            t.type("loop {}");
            t.key("Enter");
            Thread.sleep(2000);
            t.key("C-c");
            p = t.waitFor("interrupted", 1, 60);
            assertTrue(p.contains("the session is intact"), p);
            t.type("sq(3)");
            t.key("Enter");
            t.waitFor("\n9\n", 1, 60);

            // Ctrl-C at the prompt drops an unfinished cell
            t.type("let w = (");
            t.key("Enter");
            t.waitFor(".. ", 3, 30);
            t.key("C-c");
            t.waitFor(">> ", 7, 30);
            t.type(":save session.rs");
            t.key("Enter");
            t.waitFor("saved to session.rs", 1, 60);
            t.type(":quit");
            t.key("Enter");
            assertTrue(t.waitForExit(60), "`:quit` ends the REPL");
        }
        Process run = new ProcessBuilder(LAUNCHER.toString(), "run", "session.rs").directory(dir.toFile()).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), err + Files.readString(dir.resolve("session.rs")));
        assertEquals("49\n9\n", out);
        String history = Files.readString(dir.resolve("history"));
        assertTrue(history.contains("fn sq(x: i32) -> i32 {\\n"), "a multi-line cell is one history entry: " + history);
    }

    @Test
    void ctrlDOnAnEmptyLineLeaves() throws Exception {
        Tmux.require();
        try (Tmux t = Tmux.start(LAUNCHER.toString(), dir, env(), 80, 20)) {
            t.waitFor(">> ", 1, 600);
            t.type("1 + 1");
            t.key("Enter");
            t.waitFor("\n2\n", 1, 60);
            t.key("C-d");
            assertTrue(t.waitForExit(60), "Ctrl-D on an empty line ends the REPL");
        }
    }

    @Test
    void batchModeOnAPipe() throws Exception {
        Process p = new ProcessBuilder(LAUNCHER.toString()).directory(dir.toFile()).start();
        p.getOutputStream().write("let x = 20;\nfn add(a: i32,\n       b: i32) -> i32 { a + b }\nadd(x, 22)\nlet bad: u8 = -1;\nprintln!(\"after\");\n"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        assertEquals("42\nafter\n", out);
        assertTrue(err.contains("--> <cell 4>:1:15"), err);
        assertFalse(out.contains(">> "), "no prompts in batch mode");
    }
}
