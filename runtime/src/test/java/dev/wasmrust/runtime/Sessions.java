package dev.wasmrust.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;

/** Shared helpers of the runtime tests. */
final class Sessions {
    private Sessions() {}

    static WasmSession open(HostProfile profile, TierPolicy tiers) {
        return new WasmSession(SessionConfig.defaults().withProfile(profile).withTiers(tiers));
    }

    static WasmSession open(Engine engine) {
        return open(HostProfile.WASMTIME, TierPolicy.of(engine));
    }

    static Stream<Engine> engines() {
        return Stream.of(Engine.INTERPRETER, Engine.COMPILER);
    }

    /** The single i32 result of a completed run. */
    static int i32(CellOutcome o) {
        if (!(o instanceof CellOutcome.Completed c)) {
            fail("expected completion, got " + o);
            return 0;
        }
        assertTrue(c.results().length > 0, "no result");
        return (int) c.results()[0];
    }

    static CellOutcome run(WasmSession s, String cell, String entry, long... args) {
        return s.run(cell, entry, CellIo.discard(), args);
    }

    /**
     * Cell "state": a counter at address 1024 with {@code set(i32)}, {@code get() -> i32} and
     * {@code double(i32) -> i32} placed in table slot 0.
     */
    static byte[] stateCell() {
        Wasm w = Wasm.sessionCell();
        int set = w.func(Wasm.T_I_V, Wasm.Code.of().i32(1024).localGet(0).store(0));
        int get = w.func(Wasm.T_V_I, Wasm.Code.of().i32(1024).load(0));
        int dbl = w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(2).op(0x6c));
        w.exportFunc("set", set).exportFunc("get", get).exportFunc("double", dbl);
        w.elem(0, dbl);
        return w.build();
    }
}
