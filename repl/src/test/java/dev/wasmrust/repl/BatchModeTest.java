package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** `wasmrust < cells.rs`: the real command line with stdin that is not a terminal, and the interim engine. */
class BatchModeTest {
    record Run(int code, String out, String err) {}

    private static Run batch(byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[0], new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run batch(String input) {
        return batch(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void outputThenValuesNoPromptsNoColors() {
        Run r = batch("let x = 6;\nfn times(a: i32,\n         b: i32) -> i32 {\n    a * b\n}\nprint!(\"no newline\");\ntimes(x, 7)\n()\n\"text\"\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("no newline\n42\n\"text\"\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void failuresGoToStderrAndTheRunGoesOnButExitsOne() {
        Run r = batch("let a: u8 = \"no\";\nlet v: Vec<i32> = Vec::new();\nv[1]\n:nosuch\nstd::process::exit(3);\n1 + 1\n");
        assertEquals(1, r.code());
        assertEquals("2\n", r.out());
        assertTrue(r.err().contains("error[E0308]: mismatched types\n --> <cell 1>:1:13"), r.err());
        assertTrue(r.err().contains("thread 'main' panicked at <cell 3>:1:2:"), r.err());
        assertTrue(r.err().contains("unknown command `:nosuch`"), r.err());
        assertTrue(r.err().contains("std::process::exit(3)"), r.err());
        assertFalse(r.err().contains("\u001b["), "no colors in batch mode");
    }

    @Test
    void commandsWorkInBatchMode() {
        Run r = batch("let n: u64 = 3;\n:vars\n:type n * 2\n:host node\n:host\n:quit\nprintln!(\"never\");\n");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("let n: u64"), r.out());
        assertTrue(r.out().contains("u64\n"), r.out());
        assertTrue(r.out().contains("host profile: node"), r.out());
        assertFalse(r.out().contains("never"));
    }

    @Test
    void binaryGarbageIsReportedNeverAStackTrace() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Run r = batch(garbage);
        assertEquals(1, r.code());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains("error"), r.err());
    }

    @Test
    void unbalancedInputAtTheEndIsStillACell() {
        Run r = batch("let ok = 1;\nfn broken() {\n    (\n");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("<cell 2>"), r.err());
    }
}
