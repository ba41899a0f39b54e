package dev.wasmrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, version, and every kind of bad input. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void helpAndVersion() {
        Run h = cli("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("run") && h.out().contains("build") && h.out().contains("check"), h.out());
        Run v = cli("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("wasmrust \\d+\\.\\d+\\.\\d+.*\\n"), v.out());
    }

    @Test
    void colorIsRustcsLayoutWithEscapes() throws IOException {
        Path f = dir.resolve("bad.rs");
        Files.writeString(f, "fn main() {\n    let x = 5\n    let y: u8 = 300;\n}\n");
        Run plain = cli("check", "--color=never", f.toString());
        Run colored = cli("check", "--color=always", f.toString());
        assertEquals(1, colored.code());
        assertFalse(plain.err().contains("\u001b["), plain.err());
        assertTrue(colored.err().contains("\u001b[1;31merror"), colored.err());
        assertEquals(plain.err(), colored.err().replaceAll("\u001b\\[[0-9;]*m", ""));
        // auto: not a terminal here, so plain
        assertEquals(plain.err(), cli("check", f.toString()).err());
    }

    @Test
    void missingFile() {
        Run r = cli("run", dir.resolve("nope.rs").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: couldn't read"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void directory() {
        Run r = cli("run", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Is a directory"), r.err());
    }

    @Test
    void invalidUtf8() throws IOException {
        Path f = dir.resolve("bad.rs");
        Files.write(f, new byte[] {'f', 'n', ' ', (byte) 0xFF, (byte) 0xFE});
        Run r = cli("run", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("stream did not contain valid UTF-8"), r.err());
    }

    @Test
    void emptyFileHasNoMain() throws IOException {
        Path f = dir.resolve("empty.rs");
        Files.writeString(f, "");
        Run r = cli("run", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error[E0601]: `main` function not found in crate `empty`"), r.err());
    }

    @Test
    void fileWithoutMain() throws IOException {
        Path f = dir.resolve("lib.rs");
        Files.writeString(f, "fn helper() -> i32 { 1 }\n");
        Run r = cli("check", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("E0601"), r.err());
    }

    @Test
    void aMegabyteOfGarbage() throws IOException {
        Path f = dir.resolve("garbage.rs");
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder();
        String alphabet = "fn let {}()[];=+-*/<>!?&|'\"#:.,x1_ \n";
        while (sb.length() < 1_000_000) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        Files.writeString(f, sb.toString());
        Run r = cli("run", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error"), r.err().substring(0, Math.min(200, r.err().length())));
        assertNoStackTrace(r);
        assertTrue(r.err().length() < 200_000, "diagnostics stay readable: " + r.err().length() + " chars");
    }

    @Test
    void unsupportedConstructIsADiagnosticNotACrash() throws IOException {
        Path f = dir.resolve("structs.rs");
        Files.writeString(f, "fn main() { let one = unsafe { 1 }; }\n");
        Run r = cli("run", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is not supported yet") || r.err().contains("are not supported yet"), r.err());
        assertTrue(r.err().contains(" --> "), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void unknownHostProfile() throws IOException {
        Path f = dir.resolve("ok.rs");
        Files.writeString(f, "fn main() {}\n");
        Run r = cli("run", "--host=mars", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unknown host profile `mars`"), r.err());
        for (String h : new String[] {"wasmtime", "node", "browser", "embedded"}) {
            assertEquals(0, cli("run", "--host=" + h, f.toString()).code(), h);
        }
    }

    @Test
    void buildWritesAValidModule() throws IOException {
        Path f = dir.resolve("b.rs");
        Files.writeString(f, "fn main() { println!(\"hi\"); }\n");
        Path out = dir.resolve("b.wasm");
        Run r = cli("build", f.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        byte[] wasm = Files.readAllBytes(out);
        assertEquals(0, wasm[0]);
        assertEquals('a', wasm[1]);
        com.dylibso.chicory.wasm.Parser.parse(wasm);
    }

    @Test
    void deepRecursionOverflowsLikeRust() throws IOException {
        Path f = dir.resolve("deep.rs");
        Files.writeString(f, "fn d(n: u64) -> u64 { if n == 0 { 0 } else { 1 + d(n - 1) } }\n"
                + "fn main() { println!(\"{}\", d(100_000_000)); }\n");
        Run r = cli("run", f.toString());
        assertEquals(134, r.code(), r.err());
        assertTrue(r.err().contains("thread 'main' has overflowed its stack"), r.err());
    }

    /** The real launcher, as a new user runs it, from another directory with a relative path. */
    @Test
    void launcherRunsFromAnyDirectory() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path launcher = root.resolve("wasmrust");
        Files.writeString(dir.resolve("hello.rs"), "fn main() { println!(\"Hello from {}!\", 40 + 2); }\n");
        Process p = new ProcessBuilder(launcher.toString(), "run", "hello.rs").directory(dir.toFile())
                .redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("Hello from 42!\n", out);
    }
}
