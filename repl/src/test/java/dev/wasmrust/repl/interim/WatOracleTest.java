package dev.wasmrust.repl.interim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.repl.engine.CellResult;
import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.HostProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `:wat` prints text that wabt's wat2wasm assembles into a module wasm-validate accepts. */
class WatOracleTest {
    @TempDir
    Path dir;

    private static Path tool(String name) {
        Path p = Path.of("/usr/bin", name);
        if (Files.isExecutable(p)) {
            return p;
        }
        String reason = name + " not found at " + p + " (install with ../shared/tools/oracles-setup.sh)";
        if ("required".equals(System.getProperty("wasmrust.oracles"))) {
            Assertions.fail(reason);
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
        return null;
    }

    @Test
    void theTextAssemblesAndValidates() throws Exception {
        Path wat2wasm = tool("wat2wasm");
        Path validate = tool("wasm-validate");
        WholeProgramEngine engine = new WholeProgramEngine(HostProfile.WASMTIME);
        for (String cell : new String[] {"fn f(x: i64) -> i64 { x * 2 }", "let v = vec![1.5f64, -0.0];",
                "let n: i32 = v.iter().map(|x| *x as i32).sum();", "let mut a = [0u8; 64];\na[3] = 7;",
                "let t = match n { 1 => 'a', 2 => 'b', 3 => 'c', _ => 'z' };", "println!(\"{} {} {:?} {}\", f(3), n, t, a[3]);"}) {
            CellResult r = engine.evaluate(cell, CellIo.discard());
            assertEquals(CellResult.Outcome.OK, r.outcome(), cell);
        }
        Path wat = dir.resolve("m.wat");
        Files.writeString(wat, engine.wat(null).text());
        run(wat2wasm.toString(), wat.toString(), "-o", dir.resolve("m.wasm").toString());
        run(validate.toString(), dir.resolve("m.wasm").toString());
        assertTrue(engine.wat("f").text().contains("(func $f "), engine.wat("f").text());
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
    }
}
