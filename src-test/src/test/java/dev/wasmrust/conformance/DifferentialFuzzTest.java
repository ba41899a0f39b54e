package dev.wasmrust.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Random programs (integer arithmetic of every width, casts, shifts, formatting) run by WasmRust and by a
 * native rustc build must print the same, exit the same and panic at the same place
 * ({@code src-test/tools/fuzz-differential.py}). The seed is fixed so the build stays reproducible; run the
 * tool with other seeds and counts to search further.
 */
class DifferentialFuzzTest {
    @Test
    void randomProgramsAgreeWithRustc() throws Exception {
        Path rustc = findOnPath("rustc");
        if (rustc == null) {
            Oracles.need("/nonexistent/rustc", "rustc on PATH");
        }
        Oracles.need("/usr/bin/python3", "python3");
        long seed = 7;
        Process p = new ProcessBuilder("/usr/bin/python3", "tools/fuzz-differential.py", "8", Long.toString(seed))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(600, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
    }

    private static Path findOnPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
