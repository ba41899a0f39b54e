package dev.wasmrust.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the conformance corpus through the command line and compares with what the
 * native rustc build printed (expectations written by {@code src-test/tools/gen-conformance.sh}). A program
 * is a file {@code NAME.rs} with {@code NAME.out}, ... beside it, or a directory {@code NAME/} whose
 * {@code main.rs} declares file modules ({@code mod m;}) and has {@code main.out}, ... beside it.
 * A program that reads standard input gets the bytes of {@code NAME.in} beside it (empty input without one), as
 * the native run did.
 * Programs listed in {@code excluded.txt} are skipped with their reason, and fail the run if they start
 * passing, so the list only shrinks.
 */
class ConformanceTest {
    private static final Path CORPUS = Path.of("src/test/resources/conformance").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> runPrograms() throws IOException {
        Map<String, String> excluded = excluded();
        return programs("run").map(p -> DynamicTest.dynamicTest(name(p), () -> {
            String reason = excluded.get("run/" + name(p));
            if (reason != null) {
                boolean passes;
                try {
                    checkRun(p);
                    passes = true;
                } catch (AssertionError e) {
                    passes = false;
                }
                if (passes) {
                    fail("run/" + name(p) + " passes now: remove it from excluded.txt");
                }
                Assumptions.abort("excluded: " + reason);
            }
            checkRun(p);
        }));
    }

    @TestFactory
    Stream<DynamicTest> compileFailPrograms() throws IOException {
        java.util.Set<String> exact = new java.util.HashSet<>();
        for (String line : Files.readAllLines(CORPUS.resolve("compile-fail/exact.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                exact.add(line.trim());
            }
        }
        return programs("compile-fail").map(p -> DynamicTest.dynamicTest(name(p), () -> {
            CliRun r = CliRun.of("check", p.toString());
            String expected = Files.readString(sibling(p, ".err"), StandardCharsets.UTF_8);
            String actual = relativeNames(r.stderr(), p);
            assertEquals(Integer.parseInt(Files.readString(sibling(p, ".code")).trim()), r.exitCode(), "exit code");
            // the error codes, messages and locations must be rustc's; snippets may differ in detail
            assertEquals(headline(expected), headline(actual), "diagnostic headers and locations\n" + actual);
            if (exact.contains(name(p))) {
                // whole rendering, snippets and labels included; only the explain command is ours
                assertEquals(expected.replace("rustc --explain ", "wasmrust explain "), actual, "full diagnostics");
            }
        }));
    }

    /**
     * Syntax and lexical errors: rustc's whole rendering, byte for byte. The only documented difference is
     * the explain command ({@code wasmrust explain} for {@code rustc --explain}); file names are given
     * relative, as rustc was run.
     */
    @TestFactory
    Stream<DynamicTest> syntaxErrorsRenderAsRustc() throws IOException {
        return programs("syntax-fail").map(p -> DynamicTest.dynamicTest(name(p), () -> {
            CliRun r = CliRun.of("check", p.toString());
            String expected = Files.readString(sibling(p, ".err"), StandardCharsets.UTF_8);
            String actual = r.stderr().replace(p.toString(), p.getFileName().toString());
            assertEquals(Integer.parseInt(Files.readString(sibling(p, ".code")).trim()), r.exitCode(), "exit code");
            assertEquals(expected.replace("rustc --explain ", "wasmrust explain "), actual, "full diagnostics");
        }));
    }

    @TestFactory
    Stream<DynamicTest> modulesValidateWithWabt() throws IOException {
        return programs("run").map(p -> DynamicTest.dynamicTest(name(p), () -> {
            Path validate = Oracles.need("/usr/bin/wasm-validate", "wabt's wasm-validate");
            Path wasm = Files.createTempFile(name(p), ".wasm");
            try {
                CliRun r = CliRun.of("build", p.toString(), "-o", wasm.toString());
                Assumptions.assumeTrue(r.exitCode() == 0, "does not compile yet: " + r.stderr());
                Process proc = new ProcessBuilder(validate.toString(), wasm.toString()).redirectErrorStream(true).start();
                String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                proc.waitFor(60, TimeUnit.SECONDS);
                assertEquals(0, proc.exitValue(), "wasm-validate: " + out);
            } finally {
                Files.deleteIfExists(wasm);
            }
        }));
    }

    /** The same modules under a second, independent WebAssembly runtime: node's WASI. */
    @TestFactory
    Stream<DynamicTest> nodeWasiAgrees() throws IOException {
        Map<String, String> excluded = excluded();
        return programs("run").filter(p -> !excluded.containsKey("run/" + name(p)))
                .filter(p -> !name(p).equals("deep_recursion"))
                .map(p -> DynamicTest.dynamicTest(name(p), () -> {
                    Path node = Oracles.need("/opt/oracles/bin/wasi-run", "node WASI runner");
                    Path wasm = Files.createTempFile(name(p), ".wasm");
                    try {
                        CliRun r = CliRun.of("build", p.toString(), "-o", wasm.toString());
                        assertEquals(0, r.exitCode(), r.stderr());
                        ProcessBuilder pb = new ProcessBuilder(node.toString(), wasm.toString());
                        pb.redirectInput(Files.exists(sibling(p, ".in")) ? ProcessBuilder.Redirect.from(sibling(p, ".in").toFile())
                                : ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                        Process proc = pb.start();
                        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        proc.getErrorStream().readAllBytes();
                        proc.waitFor(60, TimeUnit.SECONDS);
                        assertEquals(Files.readString(sibling(p, ".out"), StandardCharsets.UTF_8), out, "stdout under node");
                        assertEquals(Integer.parseInt(Files.readString(sibling(p, ".code")).trim()), proc.exitValue(),
                                "exit code under node");
                    } finally {
                        Files.deleteIfExists(wasm);
                    }
                }));
    }

    private static void checkRun(Path p) throws IOException {
        CliRun r = CliRun.withInput(input(p), "run", p.toString());
        String stderr = relativeNames(r.stderr(), p);
        assertEquals(Files.readString(sibling(p, ".out"), StandardCharsets.UTF_8), r.stdout(), "stdout\nstderr was:\n" + stderr);
        assertEquals(Integer.parseInt(Files.readString(sibling(p, ".code")).trim()), r.exitCode(), "exit code\n" + stderr);
        assertEquals(Files.readString(sibling(p, ".err"), StandardCharsets.UTF_8), stderr, "stderr");
    }

    /** The program's standard input: {@code NAME.in} if there is one, else nothing. */
    private static byte[] input(Path p) throws IOException {
        Path in = sibling(p, ".in");
        return Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
    }

    private static String headline(String diagnostics) {
        List<String> keep = new ArrayList<>();
        for (String line : diagnostics.split("\n")) {
            if ((line.startsWith("error") && !line.startsWith("error: aborting")) || line.trim().startsWith("--> ")) {
                keep.add(line.trim());
            }
        }
        return String.join("\n", keep);
    }

    /** rustc ran in the program's directory, so its files are named relative to it (module files too). */
    private static String relativeNames(String output, Path program) {
        return output.replace(program.getParent().toString() + "/", "");
    }

    private static Stream<Path> programs(String dir) throws IOException {
        List<Path> ps = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS.resolve(dir))) {
            s.sorted().forEach(f -> {
                if (f.toString().endsWith(".rs")) {
                    ps.add(f);
                } else if (Files.isRegularFile(f.resolve("main.rs"))) {
                    ps.add(f.resolve("main.rs"));
                }
            });
        }
        return ps.stream();
    }

    /** A program's name: its file's, or its directory's for a multi-file program. */
    private static String name(Path p) {
        String n = p.getFileName().toString();
        if (n.equals("main.rs") && !p.getParent().getParent().equals(CORPUS)) {
            return p.getParent().getFileName().toString();
        }
        return n.substring(0, n.length() - 3);
    }

    private static Path sibling(Path p, String ext) {
        String file = p.getFileName().toString();
        return p.resolveSibling(file.substring(0, file.length() - 3) + ext);
    }

    private static Map<String, String> excluded() throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("excluded.txt"))) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int sp = t.indexOf(' ');
            m.put(sp < 0 ? t : t.substring(0, sp), sp < 0 ? "" : t.substring(sp + 1).trim());
        }
        return m;
    }
}
