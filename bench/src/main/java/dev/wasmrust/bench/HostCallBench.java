package dev.wasmrust.bench;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.CellOutcome;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.LinkException;
import dev.wasmrust.runtime.SessionConfig;
import dev.wasmrust.runtime.TierPolicy;
import dev.wasmrust.runtime.WasmSession;
import java.util.Arrays;

/**
 * (d) The cost of a call from wasm into a mocked JS host function taking an externref
 * ({@code js.to_number}, through the session's import slot, as a cell calls it), compiled (goal <= 25 ns)
 * and interpreted (goal <= 200 ns), net of the loop around it; (e) the cost of instantiating and linking a
 * small cell against the session store. Plain System.nanoTime harness, medians; prints figures, asserts nothing.
 */
public final class HostCallBench {
    private HostCallBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        hostCall("compiled", TierPolicy.forceCompiler(), true, 20_000_000, runs, 25);
        hostCall("interpreted", TierPolicy.forceInterpreter(), false, 2_000_000, runs, 200);
        hostCall("interpreted + interrupt listener", TierPolicy.forceInterpreter(), true, 2_000_000, runs, 200);
        link("interpreted", TierPolicy.forceInterpreter(), 3000, 2000);
        link("compiled", TierPolicy.forceCompiler(), 300, 300);
    }

    /** A cell whose loop(n) calls to_number(handle) n times (call = 1) or does the same loop without it. */
    private static byte[] loopCell() {
        Wasm w = Wasm.sessionCell();
        int number = w.importFunc("js", "number", w.type(new byte[] {Wasm.F64}, new byte[] {Wasm.EXTERNREF}));
        int toNumber = w.importFunc("js", "to_number", w.type(new byte[] {Wasm.EXTERNREF}, new byte[] {Wasm.F64}));
        int withCall = w.func(Wasm.T_I_V, Wasm.Code.of()
                .op(0x44, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f).call(number).localSet(1) // f64.const 1.5
                .op(0x03, 0x40).localGet(1).call(toNumber).op(0x1a)
                .localGet(0).i32(1).op(0x6b).localSet(0).localGet(0).op(0x0d, 0x00).op(0x0b), Wasm.EXTERNREF);
        int without = w.func(Wasm.T_I_V, Wasm.Code.of()
                .op(0x44, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f).call(number).localSet(1)
                .op(0x03, 0x40).localGet(1).op(0x1a)
                .localGet(0).i32(1).op(0x6b).localSet(0).localGet(0).op(0x0d, 0x00).op(0x0b), Wasm.EXTERNREF);
        w.exportFunc("with_call", withCall).exportFunc("without", without);
        return w.build();
    }

    private static void hostCall(String label, TierPolicy tiers, boolean listener, int n, int runs, int goal)
            throws LinkException {
        SessionConfig cfg = SessionConfig.defaults().withProfile(HostProfile.BROWSER).withTiers(tiers)
                .withInterpreterListener(listener);
        try (WasmSession s = new WasmSession(cfg)) {
            s.load("c1", loopCell());
            double with = median(s, "with_call", n, runs);
            double base = median(s, "without", n, runs);
            System.out.printf("host call with externref, %s: %.1f ns per call (loop %.1f ns, loop+call %.1f ns); goal <= %d ns%n",
                    label, with - base, base, with, goal);
        }
    }

    private static double median(WasmSession s, String entry, int n, int runs) {
        for (int i = 0; i < 3; i++) {
            check(s.run("c1", entry, CellIo.discard(), n));
        }
        double[] ns = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            check(s.run("c1", entry, CellIo.discard(), n));
            ns[i] = (System.nanoTime() - t0) / (double) n;
        }
        Arrays.sort(ns);
        return ns[runs / 2];
    }

    private static void check(CellOutcome o) {
        if (!o.completed()) {
            throw new IllegalStateException(o.describe());
        }
    }

    /** A small cell: imports from an earlier cell by name, the session's memory, table and globals. */
    private static byte[] smallCell() {
        Wasm w = Wasm.sessionCell();
        int dbl = w.importFunc(dev.wasmrust.runtime.SessionAbi.cellModule("lib"), "double", Wasm.T_I_I);
        int f = w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).call(dbl).i32(1).op(0x6a));
        int g = w.func(Wasm.T_V_I, Wasm.Code.of().i32(1024).load(0));
        int h = w.func(Wasm.T_I_V, Wasm.Code.of().i32(1024).localGet(0).store(0));
        w.elem(10, f);
        w.data(2048, new byte[] {1, 2, 3, 4});
        w.exportFunc("f", f).exportFunc("g", g).exportFunc("h", h);
        return w.build();
    }

    private static byte[] libCell() {
        Wasm w = Wasm.sessionCell();
        w.exportFunc("double", w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(2).op(0x6c)));
        return w.build();
    }

    private static void link(String label, TierPolicy tiers, int warmup, int runs) throws LinkException {
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withTiers(tiers))) {
            s.load("lib", libCell());
            byte[] cell = smallCell();
            for (int i = 0; i < warmup; i++) {
                s.load("c", cell);
            }
            long[] ns = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                s.load("c", cell);
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            System.out.printf("parse + check + link + instantiate a 3-function cell, %s: median %.1f us (min %.1f, max %.1f)%n",
                    label, ns[runs / 2] / 1e3, ns[0] / 1e3, ns[runs - 1] / 1e3);
        }
    }
}
