package dev.wasmrust.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Python with Jupyter, used as the oracle client. Without {@code -Dwasmrust.oracles=required} a
 * missing tool skips the test with the reason printed; with it, a missing tool fails the test.
 */
final class Oracles {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Oracles() {}

    /** Skips (or fails, when oracles are required) unless {@code /usr/bin/python3} imports every module named. */
    static void needPython(String... modules) {
        String reason = null;
        if (!Files.isExecutable(PYTHON)) {
            reason = PYTHON + " not found";
        } else {
            try {
                Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + String.join(", ", modules))
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    reason = PYTHON + " cannot import " + String.join(", ", modules) + ": " + out.strip();
                }
            } catch (IOException e) {
                reason = "cannot run " + PYTHON + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reason = "interrupted";
            }
        }
        if (reason == null) {
            return;
        }
        reason += " (install with ../shared/tools/oracles-setup.sh)";
        if ("required".equals(System.getProperty("wasmrust.oracles"))) {
            Assertions.fail(reason);
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }
}
