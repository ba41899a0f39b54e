package dev.wasmrust.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * External tools used as oracles. Without {@code -Dwasmrust.oracles=required} a missing tool skips the
 * test with the reason printed; with it, a missing tool fails the test (CI installs them all).
 */
final class Oracles {
    private Oracles() {}

    static boolean required() {
        return "required".equals(System.getProperty("wasmrust.oracles"));
    }

    /** The tool's path, or a skip (or failure when oracles are required) naming what is missing. */
    static Path need(String path, String what) {
        Path p = Path.of(path);
        if (Files.isExecutable(p)) {
            return p;
        }
        String reason = what + " not found at " + path + " (install with ../shared/tools/oracles-setup.sh)";
        if (required()) {
            Assertions.fail(reason);
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
        return null;
    }
}
