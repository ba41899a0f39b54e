package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static dev.wasmrust.runtime.Sessions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkingTest {
    /** Cell "user": calls state's double directly and through the shared table, and its own triple via slot 1. */
    private static byte[] userCell(String importModule) {
        Wasm w = Wasm.sessionCell();
        int dbl = w.importFunc(importModule, "double", Wasm.T_I_I);
        int triple = w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(3).op(0x6c));
        // direct(x): push x*2 on the shadow stack, read it back
        int direct = w.func(Wasm.T_I_I, Wasm.Code.of()
                .globalGet(0).i32(16).op(0x6b).globalSet(0)
                .globalGet(0).localGet(0).call(dbl).store(0)
                .globalGet(0).load(0)
                .globalGet(0).i32(16).op(0x6a).globalSet(0));
        int indA = w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(0).callIndirect(Wasm.T_I_I));
        int indOwn = w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(1).callIndirect(Wasm.T_I_I));
        w.elem(1, triple);
        w.exportFunc("direct", direct).exportFunc("ind_a", indA).exportFunc("ind_own", indOwn);
        return w.build();
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void crossInstanceCallIndirectThroughTheSharedTable(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", Sessions.stateCell());
            s.load("c2", userCell(SessionAbi.cellModule("c1")));
            assertEquals(10, i32(run(s, "c2", "direct", 5)));
            assertEquals(10, i32(run(s, "c2", "ind_a", 5)));
            assertEquals(15, i32(run(s, "c2", "ind_own", 5)));
            assertEquals(s.store().config().stackPointer(), (int) s.store().stackPointer().getValue());
            assertEquals(engine, s.cell("c2").orElseThrow().engine());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void interpretedAndCompiledCellsLinkTogether(Engine engine) throws Exception {
        Engine other = engine == Engine.COMPILER ? Engine.INTERPRETER : Engine.COMPILER;
        try (WasmSession a = Sessions.open(engine)) {
            a.load("c1", Sessions.stateCell());
            assertEquals(engine, a.cell("c1").orElseThrow().engine());
        }
        // mixing engines in one session: force one cell compiled through the hot-digest route
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withTiers(new TierPolicy(TierPolicy.Mode.AUTO, 0, 1)))) {
            s.load("c1", Sessions.stateCell());
            s.load("c2", userCell("session:items"));
            run(s, "c2", "ind_own", 1); // any run makes both hot (0 ms threshold, one importer)
            assertEquals(Engine.COMPILER, s.cell("c1").orElseThrow().engine(), other.name());
            assertEquals(12, i32(run(s, "c2", "ind_a", 6)));
            assertEquals(18, i32(run(s, "c2", "ind_own", 6)));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void aRedefinitionIsSeenByLaterAndEarlierImporters(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", Sessions.stateCell());
            s.load("c2", userCell("session:items"));
            assertEquals(10, i32(run(s, "c2", "direct", 5)));
            // c3 redefines `double` (now x*2+1) with the same type: c2's import follows it
            Wasm w = Wasm.sessionCell();
            w.exportFunc("double", w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(2).op(0x6c).i32(1).op(0x6a)));
            CellInfo c3 = s.load("c3", w.build());
            assertTrue(c3.staleImporters().isEmpty());
            assertEquals(11, i32(run(s, "c2", "direct", 5)));
            s.load("c4", userCell("session:items"));
            assertEquals(11, i32(run(s, "c4", "direct", 5)));
            // the table slot still holds c1's original (function pointers are not redefined)
            assertEquals(10, i32(run(s, "c4", "ind_a", 5)));
            // a redefinition with another type leaves c2 and c4 on the old one and reports them stale
            Wasm v = Wasm.sessionCell();
            v.exportFunc("double", v.func(Wasm.T_V_I, Wasm.Code.of().i32(7)));
            CellInfo c5 = s.load("c5", v.build());
            assertEquals(java.util.List.of("c2", "c4"), c5.staleImporters());
            assertEquals(11, i32(run(s, "c2", "direct", 5)));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void replacingACellRepointsItsImporters(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", Sessions.stateCell());
            s.load("c2", userCell(SessionAbi.cellModule("c1")));
            run(s, "c1", "set", 41);
            Wasm w = Wasm.sessionCell();
            w.exportFunc("double", w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).i32(100).op(0x6c)));
            CellInfo again = s.load("c1", w.build());
            assertEquals(java.util.List.of(), again.staleImporters());
            assertEquals(500, i32(run(s, "c2", "direct", 5)));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void unknownImportsAreLinkErrorsNamingTheImport(Engine engine) {
        try (WasmSession s = Sessions.open(engine)) {
            LinkException e = assertThrows(LinkException.class, () -> s.load("c2", userCell(SessionAbi.cellModule("c9"))));
            assertTrue(e.getMessage().contains("no cell `c9` is loaded"), e.getMessage());
            LinkException f = assertThrows(LinkException.class, () -> s.load("c2", userCell("session:items")));
            assertTrue(f.getMessage().contains("no loaded cell defines `double`"), f.getMessage());
        }
    }
}
