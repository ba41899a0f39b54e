package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static dev.wasmrust.runtime.Sessions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InterruptTest {
    /** `loop (interrupt check) br 0` as the compiler emits it (SessionAbi). */
    private static byte[] checkedLoop() {
        Wasm w = Wasm.sessionCell();
        int interrupted = w.importFunc(SessionAbi.RT, SessionAbi.INTERRUPTED, Wasm.T_V_V);
        int f = w.func(Wasm.T_V_V, Wasm.Code.of().op(0x03, 0x40).interruptCheck(1, interrupted).i32(1).op(0x0d, 0x00).op(0x0b));
        w.exportFunc("spin", f);
        w.exportFunc("one", w.func(Wasm.T_V_I, Wasm.Code.of().i32(1)));
        return w.build();
    }

    /** `loop br_if 0` without the check: Chicory's interpreter ignores Thread.interrupt here. */
    private static byte[] rawLoop() {
        Wasm w = Wasm.sessionCell();
        w.exportFunc("spin", w.func(Wasm.T_V_V, Wasm.Code.of().op(0x03, 0x40).i32(1).op(0x0d, 0x00).op(0x0b)));
        return w.build();
    }

    private static CellOutcome interruptAfter(WasmSession s, long millis) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(s::interrupt, millis, TimeUnit.MILLISECONDS);
            return s.run("c1", "spin", CellIo.discard(), Duration.ofSeconds(30));
        } finally {
            timer.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void theCheckedLoopStopsOnInterruptWithoutTheListener(Engine engine) throws Exception {
        SessionConfig cfg = SessionConfig.defaults().withTiers(TierPolicy.of(engine)).withInterpreterListener(false);
        try (WasmSession s = new WasmSession(cfg)) {
            s.load("c1", checkedLoop());
            CellOutcome o = interruptAfter(s, 100);
            CellOutcome.Interrupted i = assertInstanceOf(CellOutcome.Interrupted.class, o);
            assertFalse(i.timeLimitExceeded());
            assertTrue(i.elapsedMillis() < 5_000, o.describe());
            assertEquals(1, i32(run(s, "c1", "one")), "the next run starts clean");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void anUncheckedBrIfLoopStopsToo(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", rawLoop());
            assertInstanceOf(CellOutcome.Interrupted.class, interruptAfter(s, 100));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void theTimeLimitStopsAnEndlessLoop(Engine engine) throws Exception {
        SessionConfig cfg = SessionConfig.defaults().withTiers(TierPolicy.of(engine)).withInterpreterListener(false);
        try (WasmSession s = new WasmSession(cfg)) {
            s.load("c1", checkedLoop());
            CellOutcome o = s.run("c1", "spin", CellIo.discard(), Duration.ofMillis(200));
            CellOutcome.Interrupted i = assertInstanceOf(CellOutcome.Interrupted.class, o);
            assertTrue(i.timeLimitExceeded());
            assertTrue(o.describe().contains("time limit exceeded"), o.describe());
            assertEquals(1, i32(run(s, "c1", "one")));
        }
    }
}
