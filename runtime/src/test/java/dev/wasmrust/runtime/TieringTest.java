package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static dev.wasmrust.runtime.Sessions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TieringTest {
    /** A cell with a data segment (initial 5 at 1024), its own counter global and a table slot. */
    private static byte[] counterCell() {
        Wasm w = Wasm.sessionCell();
        w.data(1024, new byte[] {5, 0, 0, 0});
        w.globalI32(100); // global 2 (after the two imported ones)
        int set = w.func(Wasm.T_I_V, Wasm.Code.of().i32(1024).localGet(0).store(0));
        int get = w.func(Wasm.T_V_I, Wasm.Code.of().i32(1024).load(0));
        int inc = w.func(Wasm.T_V_I, Wasm.Code.of().globalGet(2).i32(1).op(0x6a).globalSet(2).globalGet(2));
        int dbl = w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(2).op(0x6c));
        w.elem(0, dbl);
        w.exportFunc("set", set).exportFunc("get", get).exportFunc("inc", inc).exportFunc("double", dbl);
        return w.build();
    }

    private static byte[] viaTable() {
        Wasm w = Wasm.sessionCell();
        w.exportFunc("ind", w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(0).callIndirect(Wasm.T_I_I)));
        return w.build();
    }

    @Test
    void aLongRunningCellIsRelinkedCompiledWithItsStateKept() throws Exception {
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withTiers(new TierPolicy(TierPolicy.Mode.AUTO, 0, 99)))) {
            s.load("c1", counterCell());
            s.load("c2", viaTable());
            assertEquals(Engine.INTERPRETER, s.cell("c1").orElseThrow().engine());
            run(s, "c1", "set", 42);            // counts as "hot" (0 ms threshold)
            assertEquals(101, i32(run(s, "c1", "inc")));
            assertEquals(Engine.COMPILER, s.cell("c1").orElseThrow().engine(), "relinked before the next run");
            assertEquals(42, i32(run(s, "c1", "get")), "the data segment was not re-applied");
            assertEquals(102, i32(run(s, "c1", "inc")), "the global kept its value");
            assertEquals(14, i32(run(s, "c2", "ind", 7)), "the table slot points at the compiled instance");
            // the same bytes loaded again start compiled
            assertEquals(Engine.COMPILER, s.load("c3", counterCell()).engine());
        }
    }

    @Test
    void inTheBackgroundAHotCellGoesOnInterpretedUntilItsCompiledFormIsReady() throws Exception {
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withTiers(new TierPolicy(TierPolicy.Mode.AUTO, 0, 99, true)))) {
            s.load("c1", counterCell());
            s.load("c2", viaTable());
            run(s, "c1", "set", 42);            // hot: compiled on another thread from the next run on
            int expected = 101;
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (s.cell("c1").orElseThrow().engine() == Engine.INTERPRETER && System.nanoTime() < deadline) {
                assertEquals(expected++, i32(run(s, "c1", "inc")), "runs go on while the compiler works");
                Thread.sleep(20);
            }
            assertEquals(Engine.COMPILER, s.cell("c1").orElseThrow().engine());
            assertEquals(42, i32(run(s, "c1", "get")), "the data segment was not re-applied");
            assertEquals(expected, i32(run(s, "c1", "inc")), "the global kept its value");
            assertEquals(14, i32(run(s, "c2", "ind", 7)), "the table slot points at the compiled instance");
        }
    }

    @Test
    void aCellManyLaterCellsImportFromIsCompiled() throws Exception {
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withTiers(new TierPolicy(TierPolicy.Mode.AUTO, 60_000, 2)))) {
            s.load("lib", counterCell());
            for (int k = 0; k < 2; k++) {
                Wasm w = Wasm.sessionCell();
                int dbl = w.importFunc(SessionAbi.cellModule("lib"), "double", Wasm.T_I_I);
                w.exportFunc("use", w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).call(dbl)));
                s.load("u" + k, w.build());
            }
            assertEquals(6, i32(run(s, "u0", "use", 3)));
            assertEquals(Engine.COMPILER, s.cell("lib").orElseThrow().engine());
            assertEquals(Engine.INTERPRETER, s.cell("u1").orElseThrow().engine());
            assertEquals(8, i32(run(s, "u1", "use", 4)));
        }
    }

    @Test
    void forcedEnginesAreHonoured() throws Exception {
        for (Engine e : Engine.values()) {
            try (WasmSession s = Sessions.open(e)) {
                assertEquals(e, s.load("c1", counterCell()).engine());
                run(s, "c1", "set", 1);
                assertEquals(e, s.cell("c1").orElseThrow().engine());
            }
        }
    }
}
