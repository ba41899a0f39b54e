package dev.wasmrust.bench;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.session.CellResult;
import dev.wasmrust.session.CellStatus;
import dev.wasmrust.session.Session;
import java.util.Arrays;
import jdk.jshell.JShell;

/**
 * The session engine's costs (issue 6): (a) a trivial cell, compile + link + run, warm, next to JShell on the
 * equivalent Java snippets in this JVM; (b) cell #1000 against cell #10 of a growing session; (c) heap after
 * 1,000 cells; (d) a call into a mocked JS function taking an externref ({@link HostCallBench}). Prints figures;
 * asserts nothing. Usage: bench/session-bench.sh [CELLS]
 */
public final class SessionBench {
    private SessionBench() {}

    public static void main(String[] args) throws Exception {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        trivialCell();
        growingSession(cells);
        // (d), in the same run
        HostCallBench.main(new String[0]);
    }

    private static void trivialCell() {
        // warm means the JIT has compiled the compiler's hot paths: a few hundred cells (JShell gets the same)
        int warm = 400;
        int runs = 200;
        long[] ours = new long[runs];
        try (Session s = new Session()) {
            for (int i = 0; i < warm + runs; i++) {
                long t0 = System.nanoTime();
                CellResult a = s.eval("let x = 1 + 1;", CellIo.discard());
                CellResult b = s.eval("x", CellIo.discard());
                long t = System.nanoTime() - t0;
                check(a);
                check(b);
                if (i >= warm) {
                    ours[i - warm] = t / 2;
                }
            }
        }
        long[] jshell = new long[runs];
        try (JShell js = JShell.builder().executionEngine("local").build()) {
            for (int i = 0; i < warm + runs; i++) {
                long t0 = System.nanoTime();
                js.eval("int x = 1 + 1;");
                js.eval("x");
                long t = System.nanoTime() - t0;
                if (i >= warm) {
                    jshell[i - warm] = t / 2;
                }
            }
        }
        System.out.printf("(a) trivial cell (`let x = 1 + 1;` then `x`), per cell, warm: WasmRust median %.2f ms, p99 %.2f ms;"
                + " JShell (local engine) median %.2f ms, p99 %.2f ms (goal: <= 2 ms)%n",
                ms(pct(ours, 50)), ms(pct(ours, 99)), ms(pct(jshell, 50)), ms(pct(jshell, 99)));
    }

    private static void growingSession(int cells) {
        // runs after (a), so the JIT has warmed up: cell #10 is measured warm, like cell #N
        System.gc();
        long heap0 = usedHeap();
        try (Session s = new Session()) {
            long[] at10 = new long[5];
            long[] atN = new long[5];
            for (int i = 1; i <= cells; i++) {
                String cell = i % 3 == 0 ? "fn f" + i + "(a: i32) -> i32 { a + " + i + " }\nf" + i + "(1)"
                        : "let v" + i + " = " + i + ";";
                if (i == 10 || i == cells) {
                    long[] into = i == 10 ? at10 : atN;
                    for (int k = 0; k < into.length; k++) {
                        long t0 = System.nanoTime();
                        check(s.eval("let probe = 1 + 1;\nprobe", CellIo.discard()));
                        into[k] = System.nanoTime() - t0;
                    }
                }
                check(s.eval(cell, CellIo.discard()));
            }
            System.out.printf("(b) cell #10 median %.2f ms, cell #%d median %.2f ms: ratio %.2f (goal: <= 1.2)%n",
                    ms(pct(at10, 50)), cells, ms(pct(atN, 50)), (double) pct(atN, 50) / pct(at10, 50));
            System.gc();
            System.out.printf("(c) heap after %d cells: %.1f MB (session alive; goal: <= 200 MB); linear memory %.1f MB;"
                    + " modules %.1f MB%n", cells, (usedHeap() - heap0) / 1e6,
                    s.runtime().store().memory().pages() * 65536 / 1e6,
                    s.modules().stream().mapToLong(m -> m.wasm().length).sum() / 1e6);
        }
    }

    private static void check(CellResult r) {
        if (r.status() != CellStatus.OK) {
            throw new IllegalStateException("cell failed: " + r);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long pct(long[] xs, int p) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
