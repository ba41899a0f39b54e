package dev.wasmrust.bench;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lex + parse throughput, warm: a generated 10,000-line file (goal: at most 20 ms, and at least 1,000,000
 * lines per second on a large file), then, for each directory given, every {@code .rs} file under it
 * parsed with its syntax errors listed (real code we never wrote: the parser must accept all of it).
 * Prints figures; asserts nothing.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws IOException {
        String gcs = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(", "));
        System.out.printf("JVM %s, collectors: %s, max heap %,d MB%n", System.getProperty("java.version"), gcs,
                Runtime.getRuntime().maxMemory() >> 20);
        generated(10_000, 300, 60);
        generated(200_000, 5, 10);
        for (String dir : args) {
            realCode(Path.of(dir));
        }
    }

    private static void generated(int lines, int warmup, int runs) {
        String program = ProgramGenerator.generate(lines, 11);
        long lineCount = program.lines().count();
        for (int i = 0; i < warmup; i++) {
            parse("bench.rs", program);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Diagnostics d = parse("bench.rs", program);
            times[i] = System.nanoTime() - t0;
            if (d.hasErrors()) {
                throw new IllegalStateException("generated program has syntax errors: " + d.all().get(0).message());
            }
        }
        Arrays.sort(times);
        double median = times[runs / 2] / 1e6;
        System.out.printf("lex+parse %,d lines (%,d chars): median %.2f ms, min %.2f ms -> %,.0f lines/s%n", lineCount,
                program.length(), median, times[0] / 1e6, lineCount / (median / 1e3));
    }

    private static void realCode(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.toString().endsWith(".rs")).sorted().forEach(files::add);
        }
        long lines = 0;
        int failed = 0;
        List<String> texts = new ArrayList<>();
        for (Path p : files) {
            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < files.size(); i++) {
            String text = texts.get(i);
            lines += text.lines().count();
            Diagnostics d = parse(files.get(i).toString(), text);
            if (d.hasErrors()) {
                failed++;
                Diagnostic first = d.all().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
                System.out.printf("  syntax error in %s: %s%n", dir.relativize(files.get(i)), first.message());
            }
        }
        long t0 = System.nanoTime();
        for (String text : texts) {
            parse("x.rs", text);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%s: %d files, %,d lines, %d with syntax errors; parsed again in %.0f ms (%,.0f lines/s)%n", dir,
                files.size(), lines, failed, ms, lines / (ms / 1e3));
    }

    private static Diagnostics parse(String name, String text) {
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add(name, text);
        Diagnostics d = new Diagnostics();
        // out-of-line modules are not followed: each file is parsed on its own
        SyntaxPhase.parseFile(sm, f, ModLoader.NONE, d);
        List<Diagnostic> real = d.all().stream().filter(x -> !"E0583".equals(x.code())).toList();
        Diagnostics kept = new Diagnostics();
        real.forEach(kept::report);
        return kept;
    }
}
