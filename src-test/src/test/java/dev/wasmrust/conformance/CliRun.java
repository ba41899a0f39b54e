package dev.wasmrust.conformance;

import dev.wasmrust.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the {@code wasmrust} command line with captured output. */
record CliRun(int exitCode, String stdout, String stderr) {
    static CliRun of(String... args) {
        return withInput(new byte[0], args);
    }

    /** A run whose standard input holds {@code stdin} (a conformance program's {@code NAME.in}). */
    static CliRun withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
