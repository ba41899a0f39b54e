package dev.wasmrust.bench;

import dev.wasmrust.compiler.CompileOptions;
import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.Compiler;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.runtime.Engine;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.ProgramRunner;
import dev.wasmrust.runtime.RunOptions;
import dev.wasmrust.runtime.RunResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * For each conformance run program, side by side: our warm in-process compile time vs the Debian rustc's
 * {@code --target wasm32-wasi -C opt-level=0} (a process, as a user runs it), the run time of both modules
 * in Chicory with the same engine, and the module sizes. Programs the old Debian rustc cannot compile
 * (newer syntax) show "n/a". Prints figures; asserts nothing.
 */
public final class CorpusVsRustc {
    private CorpusVsRustc() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src-test/src/test/resources/conformance/run");
        String rustc = args.length > 1 ? args[1] : "/usr/bin/rustc";
        Engine engine = args.length > 2 ? Engine.valueOf(args[2].toUpperCase()) : Engine.INTERPRETER;
        Path tmp = Files.createTempDirectory("corpus-bench");
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        System.out.printf("%-26s %10s %10s %7s | %9s %9s %6s | %8s %8s%n", "program", "ours ms", "rustc ms", "ratio",
                "run ours", "run rustc", "ratio", "ours B", "rustc B");
        double compileRatioSum = 0;
        int compileRatios = 0;
        double runRatioSum = 0;
        int runRatios = 0;
        for (Path p : programs) {
            String name = p.getFileName().toString().replace(".rs", "");
            String text = Files.readString(p);
            CompileResult ours = compile(name, text);
            if (!ours.success()) {
                System.out.printf("%-26s does not compile with WasmRust%n", name);
                continue;
            }
            for (int i = 0; i < 5; i++) {
                compile(name, text);
            }
            long[] ct = new long[7];
            for (int i = 0; i < ct.length; i++) {
                long t0 = System.nanoTime();
                compile(name, text);
                ct[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ct);
            double oursMs = ct[ct.length / 2] / 1e6;
            Path out = tmp.resolve(name + ".wasm");
            long t0 = System.nanoTime();
            Process proc = new ProcessBuilder(rustc, "--edition", "2021", "--target", "wasm32-wasi", "-C", "opt-level=0",
                    "-A", "warnings", "-o", out.toString(), p.toString()).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve(name + ".log").toFile()).start();
            boolean ok = proc.waitFor(120, TimeUnit.SECONDS) && proc.exitValue() == 0;
            double rustcMs = (System.nanoTime() - t0) / 1e6;
            double runOurs = runMs(ours.wasm(), engine);
            if (!ok) {
                System.out.printf("%-26s %10.2f %10s %7s | %9.1f %9s %6s | %8d %8s%n", name, oursMs, "n/a", "", runOurs, "n/a", "",
                        ours.wasm().length, "n/a");
                continue;
            }
            byte[] theirs = Files.readAllBytes(out);
            double runTheirs = runMs(theirs, engine);
            compileRatioSum += Math.log(rustcMs / oursMs);
            compileRatios++;
            runRatioSum += Math.log(runOurs / runTheirs);
            runRatios++;
            System.out.printf("%-26s %10.2f %10.1f %6.0fx | %9.1f %9.1f %5.2fx | %8d %8d%n", name, oursMs, rustcMs, rustcMs / oursMs,
                    runOurs, runTheirs, runOurs / runTheirs, ours.wasm().length, theirs.length);
        }
        System.out.printf("geometric means: rustc/ours compile time %.0fx (goal >= 20x); our run time / rustc's %.2fx (goal <= 2x), engine %s%n",
                Math.exp(compileRatioSum / Math.max(1, compileRatios)), Math.exp(runRatioSum / Math.max(1, runRatios)), engine);
    }

    private static CompileResult compile(String name, String text) {
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add(name + ".rs", text);
        return Compiler.compileProgram(sm, f, ModLoader.NONE, CompileOptions.defaults());
    }

    /** Median of three runs, output discarded. */
    private static double runMs(byte[] wasm, Engine engine) throws IOException {
        double[] t = new double[3];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            RunResult r = ProgramRunner.run(wasm, new RunOptions(HostProfile.WASMTIME, engine, List.of(),
                    new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
                    RunOptions.DEFAULT_MAX_PAGES));
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[1];
    }
}
