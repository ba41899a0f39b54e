package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static dev.wasmrust.runtime.Sessions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault in the middle of a sequence of cells ends only its cell: afterwards the state an earlier
 * cell wrote is read back through its exports and through a later cell, and the stack pointer the
 * faulting cell moved is restored.
 */
class FaultMatrixTest {
    private static final int MAX_PAGES = 64;

    /** A fault: the body of the faulting cell's entry `boom` and what the outcome must look like. */
    record Fault(String name, Function<Wasm, Integer> entry, Consumer<CellOutcome> check) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> args = new ArrayList<>();
        for (Fault f : faults()) {
            for (Engine e : List.of(Engine.INTERPRETER, Engine.COMPILER)) {
                args.add(Arguments.of(f, e));
            }
        }
        return args.stream();
    }

    /** Every entry first moves the stack pointer down by 64, as a function with a frame would. */
    private static Wasm.Code prologue() {
        return Wasm.Code.of().globalGet(0).i32(64).op(0x6b).globalSet(0);
    }

    private static List<Fault> faults() {
        return List.of(
                new Fault("panic through session:rt/panic", w -> {
                    int panic = w.importFunc(SessionAbi.RT, SessionAbi.PANIC, Wasm.T_II_V);
                    w.data(4096, "boom at cell 2".getBytes(StandardCharsets.UTF_8));
                    return w.func(Wasm.T_V_V, prologue().i32(4096).i32(14).call(panic));
                }, o -> assertEquals(new CellOutcome.Panicked("boom at cell 2"), o)),
                new Fault("panic through WASI proc_exit(101)", w -> {
                    int exit = w.importFunc("wasi_snapshot_preview1", "proc_exit", Wasm.T_I_V);
                    return w.func(Wasm.T_V_V, prologue().i32(101).call(exit));
                }, o -> assertEquals(new CellOutcome.Panicked(""), o)),
                new Fault("process::exit", w -> {
                    int exit = w.importFunc(SessionAbi.RT, SessionAbi.EXIT, Wasm.T_I_V);
                    return w.func(Wasm.T_V_V, prologue().i32(3).call(exit));
                }, o -> assertEquals(new CellOutcome.Exited(3), o)),
                new Fault("unreachable", w -> w.func(Wasm.T_V_V, prologue().op(0x00)),
                        o -> assertTrap(o, TrapKind.UNREACHABLE)),
                new Fault("out-of-bounds load", w -> w.func(Wasm.T_V_V, prologue().i32(-8).load(0).op(0x1a)),
                        o -> assertTrap(o, TrapKind.MEMORY_OUT_OF_BOUNDS)),
                new Fault("division by zero", w -> w.func(Wasm.T_V_V, prologue().i32(1).i32(0).op(0x6d).op(0x1a)),
                        o -> assertTrap(o, TrapKind.DIVIDE_BY_ZERO)),
                new Fault("indirect call type mismatch", w -> w.func(Wasm.T_V_V, prologue().i32(0).callIndirect(Wasm.T_V_I).op(0x1a)),
                        o -> assertTrap(o, TrapKind.INDIRECT_CALL_MISMATCH)),
                new Fault("call through a null slot", w -> w.func(Wasm.T_V_V, prologue().i32(700).callIndirect(Wasm.T_V_V)),
                        o -> assertTrap(o, TrapKind.NULL_FUNCTION)),
                new Fault("stack overflow", w -> {
                    // f() { sp -= 16; f() } — index known: the next defined function
                    int self = w.func(Wasm.T_V_V, Wasm.Code.of().globalGet(0).i32(16).op(0x6b).globalSet(0).call(0));
                    return self;
                }, o -> assertEquals("thread 'main' has overflowed its stack", o.describe())),
                new Fault("memory.grow fails, then abort", w -> w.func(Wasm.T_V_V, prologue()
                        .op(0x03, 0x40).i32(1).op(0x40, 0x00).i32(-1).op(0x47).op(0x0d, 0x00).op(0x0b).op(0x00)),
                        o -> {
                            assertInstanceOf(CellOutcome.OutOfMemory.class, o);
                            assertTrue(o.describe().contains("limit of " + MAX_PAGES + " pages"), o.describe());
                        }),
                new Fault("allocator reports out of memory", w -> {
                    int oom = w.importFunc(SessionAbi.RT, SessionAbi.OUT_OF_MEMORY, Wasm.T_I_V);
                    return w.func(Wasm.T_V_V, prologue().i32(1 << 30).call(oom));
                }, o -> assertEquals(new CellOutcome.OutOfMemory("memory allocation of 1073741824 bytes failed"), o)),
                new Fault("host function throws", w -> {
                    int append = w.importFunc("document", "append_child", w.type(new byte[] {Wasm.EXTERNREF, Wasm.EXTERNREF}, new byte[] {}));
                    return w.func(Wasm.T_V_V, prologue().op(0xd0, 0x6f).op(0xd0, 0x6f).call(append));
                }, o -> {
                    assertInstanceOf(CellOutcome.HostFailure.class, o);
                    assertTrue(o.describe().contains("document.append_child"), o.describe());
                }),
                new Fault("time limit on an endless loop", w -> {
                    int interrupted = w.importFunc(SessionAbi.RT, SessionAbi.INTERRUPTED, Wasm.T_V_V);
                    return w.func(Wasm.T_V_V, prologue().op(0x03, 0x40).interruptCheck(1, interrupted).op(0x0c, 0x00).op(0x0b));
                }, o -> assertEquals(true, ((CellOutcome.Interrupted) o).timeLimitExceeded())));
    }

    private static void assertTrap(CellOutcome o, TrapKind kind) {
        CellOutcome.Trapped t = assertInstanceOf(CellOutcome.Trapped.class, o);
        assertEquals(kind, t.kind(), t.wasmMessage());
        assertTrue(t.describe().contains(kind.rustMeaning()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("matrix")
    void aFaultEndsOnlyItsCell(Fault fault, Engine engine) throws Exception {
        SessionConfig cfg = SessionConfig.defaults().withProfile(HostProfile.BROWSER).withTiers(TierPolicy.of(engine))
                .withStore(StoreConfig.defaults().withMaxPages(MAX_PAGES));
        if (fault.name().equals("stack overflow")) {
            cfg = new SessionConfig(cfg.profile(), cfg.hostOptions(), cfg.store(), cfg.tiers(), true, 16L << 20);
        }
        try (WasmSession s = new WasmSession(cfg)) {
            s.load("c1", Sessions.stateCell());
            assertTrue(run(s, "c1", "set", 42).completed());
            int sp = (int) s.store().stackPointer().getValue();

            Wasm w = Wasm.sessionCell();
            w.exportFunc("boom", fault.entry().apply(w));
            s.load("c2", w.build());
            Duration limit = fault.name().startsWith("time limit") ? Duration.ofMillis(300) : Duration.ofSeconds(60);
            CellOutcome o = s.run("c2", "boom", CellIo.discard(), limit);
            fault.check().accept(o);

            assertEquals(sp, (int) s.store().stackPointer().getValue(), "stack pointer restored");
            assertEquals(42, i32(run(s, "c1", "get")));
            Wasm reader = Wasm.sessionCell();
            int get = reader.importFunc(SessionAbi.cellModule("c1"), "get", Wasm.T_V_I);
            int plusOne = reader.func(Wasm.T_V_I, Wasm.Code.of().call(get).i32(1).op(0x6a));
            reader.exportFunc("read", plusOne);
            s.load("c3", reader.build());
            assertEquals(43, i32(run(s, "c3", "read")));
            // the faulting cell itself is still callable too
            assertEquals(o.getClass(), s.run("c2", "boom", CellIo.discard(), limit).getClass());
        }
    }
}
