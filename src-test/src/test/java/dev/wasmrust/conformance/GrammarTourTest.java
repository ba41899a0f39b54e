package dev.wasmrust.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code grammar_tour.rs} uses every construct of the Rust 2021 grammar the front end must parse; the
 * compiler's ParserTest parses it without a single diagnostic. Here rustc compiles it, so it is valid Rust.
 */
class GrammarTourTest {
    private static final Path TOUR = Path.of("src/test/resources/conformance/grammar_tour.rs").toAbsolutePath();

    private static String onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return "/usr/bin/" + tool;
    }

    @Test
    void rustcAcceptsTheTour() throws Exception {
        Path rustc = Oracles.need(onPath("rustc"), "native rustc 1.77 or later (C string literals)");
        Path out = Files.createTempFile("tour", "");
        try {
            Process p = new ProcessBuilder(rustc.toString(), "--edition", "2021", "-A", "warnings", "-o", out.toString(),
                    TOUR.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            p.waitFor(120, TimeUnit.SECONDS);
            assertEquals(0, p.exitValue(), log);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
