package dev.wasmrust.bench;

import dev.wasmrust.compiler.CompileOptions;
import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.Compiler;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.ModLoader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-process, warm compile time of a generated program (default 1,000 lines), whole pipeline from
 * source text to wasm bytes, with the time per phase. Goal: 50 ms or less. Prints figures; asserts nothing.
 */
public final class CompileBench {
    private CompileBench() {}

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        String program = ProgramGenerator.generate(lines, 7);
        long lineCount = program.lines().count();
        for (int i = 0; i < warmup; i++) {
            compile(program);
        }
        long[] times = new long[runs];
        Map<String, Long> phaseTotals = new LinkedHashMap<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            CompileResult r = compile(program);
            times[i] = System.nanoTime() - t0;
            if (!r.success()) {
                throw new IllegalStateException("generated program does not compile: " + r.diagnostics());
            }
            size = r.wasm().length;
            r.phaseNanos().forEach((k, v) -> phaseTotals.merge(k, v, Long::sum));
        }
        Arrays.sort(times);
        System.out.printf("compile %d-line program (warm, %d warm-up runs, %d measured): median %.2f ms, min %.2f ms, max %.2f ms%n",
                lineCount, warmup, runs, times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6);
        System.out.printf("module size: %d bytes; goal: <= 50 ms%n", size);
        StringBuilder phases = new StringBuilder("mean per phase:");
        phaseTotals.forEach((k, v) -> phases.append(String.format(" %s %.2f ms", k, v / 1e6 / runs)));
        System.out.println(phases);
    }

    private static CompileResult compile(String program) {
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add("bench.rs", program);
        return Compiler.compileProgram(sm, f, ModLoader.NONE, CompileOptions.defaults());
    }
}
