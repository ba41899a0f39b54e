package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static dev.wasmrust.runtime.Sessions.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileSwitchTest {
    /** say(): console.log("hi") if console, else WASI fd_write of "hi\n". */
    private static byte[] printer(boolean console) {
        Wasm w = Wasm.sessionCell();
        w.data(0x100, "hi\n".getBytes(StandardCharsets.UTF_8));
        w.data(0x200, new byte[] {0, 1, 0, 0, 3, 0, 0, 0});
        if (console) {
            int log = w.importFunc("console", "log", Wasm.T_II_V);
            w.exportFunc("say", w.func(Wasm.T_V_V, Wasm.Code.of().i32(0x100).i32(2).call(log)));
        } else {
            int fdWrite = w.importFunc("wasi_snapshot_preview1", "fd_write", Wasm.T_IIII_I);
            w.exportFunc("say", w.func(Wasm.T_V_V, Wasm.Code.of().i32(1).i32(0x200).i32(1).i32(0x300).call(fdWrite).op(0x1a)));
        }
        return w.build();
    }

    private static String say(WasmSession s, String cell) {
        StringBuilder out = new StringBuilder();
        assertTrue(s.run(cell, "say", CellIo.collecting(out, new StringBuilder())).completed());
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void switchingKeepsStateAndRepointsHostImports(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(HostProfile.WASMTIME, TierPolicy.of(engine))) {
            s.load("c1", Sessions.stateCell());
            run(s, "c1", "set", 42);
            s.load("c2", printer(false));
            assertEquals("hi\n", say(s, "c2"));

            s.switchProfile(HostProfile.NODE);
            assertEquals("hi\n", say(s, "c2"), "node's WASI serves the same cell");
            s.load("c3", printer(true));
            assertEquals("hi\n", say(s, "c3"));

            s.switchProfile(HostProfile.BROWSER); // fd_write through the console shim, console.log natively
            assertEquals("hi\n", say(s, "c2"));
            assertEquals("hi\n", say(s, "c3"));

            CapabilityException e = assertThrows(CapabilityException.class, () -> s.switchProfile(HostProfile.EMBEDDED));
            assertTrue(e.getMessage().contains("capability `wasi` (import `wasi_snapshot_preview1.fd_write` in cell `c2`)"
                    + ", which host profile `embedded` does not provide"), e.getMessage());
            assertTrue(e.getMessage().contains("capability `console` (import `console.log` in cell `c3`)"), e.getMessage());
            assertEquals(HostProfile.BROWSER, s.profile(), "a refused switch changes nothing");
            assertEquals(42, i32(run(s, "c1", "get")));
            assertEquals(s.store().config().stackPointer(), (int) s.store().stackPointer().getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void sessionAbiCellsMoveFreelyBetweenAllProfiles(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(HostProfile.EMBEDDED, TierPolicy.of(engine))) {
            s.load("c1", Sessions.stateCell());
            int v = 1;
            for (HostProfile p : new HostProfile[] {HostProfile.BROWSER, HostProfile.NODE, HostProfile.WASMTIME, HostProfile.EMBEDDED}) {
                run(s, "c1", "set", v);
                s.switchProfile(p);
                assertEquals(v, i32(run(s, "c1", "get")), p.cliName());
                v++;
            }
        }
    }
}
