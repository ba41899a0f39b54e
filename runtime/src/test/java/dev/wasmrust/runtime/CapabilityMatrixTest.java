package dev.wasmrust.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each profile x each capability or import family: the module loads, or fails naming the capability and profile. */
class CapabilityMatrixTest {
    private static final HostProfile B = HostProfile.BROWSER;
    private static final HostProfile N = HostProfile.NODE;
    private static final HostProfile W = HostProfile.WASMTIME;
    private static final HostProfile E = HostProfile.EMBEDDED;

    /** A module needing one thing; the profiles that offer it; the capability named when refused (null: the import). */
    record Need(String name, Supplier<byte[]> module, Set<HostProfile> offeredBy, Capability capability) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A module exporting `f`, of the import's type, that forwards its parameters to the import. */
    private static byte[] caller(String module, String name, byte[] params, byte[] results) {
        Wasm w = Wasm.cell();
        int t = w.type(params, results);
        int imp = w.importFunc(module, name, t);
        Wasm.Code c = Wasm.Code.of();
        for (int i = 0; i < params.length; i++) {
            c.localGet(i);
        }
        w.exportFunc("f", w.func(t, c.call(imp)));
        return w.build();
    }

    private static final byte I = Wasm.I32;
    private static final byte X = Wasm.EXTERNREF;

    static List<Need> needs() {
        return List.of(
                new Need("wasi fd_write", () -> caller("wasi_snapshot_preview1", "fd_write", new byte[] {I, I, I, I}, new byte[] {I}),
                        EnumSet.of(B, N, W), Capability.WASI),
                new Need("wasi args_get", () -> caller("wasi_snapshot_preview1", "args_get", new byte[] {I, I}, new byte[] {I}),
                        EnumSet.of(N, W), Capability.WASI),
                new Need("wasi clock_time_get", () -> caller("wasi_snapshot_preview1", "clock_time_get",
                        new byte[] {I, Wasm.I64, I}, new byte[] {I}), EnumSet.of(N, W), Capability.WASI),
                new Need("console.log", () -> caller("console", "log", new byte[] {I, I}, new byte[] {}),
                        EnumSet.of(B, N), Capability.CONSOLE),
                new Need("js.string", () -> caller("js", "string", new byte[] {I, I}, new byte[] {X}),
                        EnumSet.of(B, N), Capability.JS_INTEROP),
                new Need("document.body", () -> caller("document", "body", new byte[] {}, new byte[] {X}),
                        EnumSet.of(B), Capability.DOM),
                new Need("window.set_timeout", () -> caller("window", "set_timeout", new byte[] {I, I, I}, new byte[] {I}),
                        EnumSet.of(B), Capability.DOM),
                new Need("fetch.fetch", () -> caller("fetch", "fetch", new byte[] {I, I}, new byte[] {X}),
                        EnumSet.of(B), Capability.FETCH),
                new Need("process.argc", () -> caller("process", "argc", new byte[] {}, new byte[] {I}),
                        EnumSet.of(N), Capability.NODE_API),
                new Need("buffer.from", () -> caller("buffer", "from", new byte[] {I, I}, new byte[] {X}),
                        EnumSet.of(N), Capability.NODE_API),
                new Need("session:rt.write", () -> caller(SessionAbi.RT, SessionAbi.WRITE, new byte[] {I, I, I}, new byte[] {}),
                        EnumSet.of(B, N, W, E), null),
                new Need("an import no profile offers", () -> caller("env", "mystery", new byte[] {}, new byte[] {}),
                        EnumSet.noneOf(HostProfile.class), null),
                new Need("an unreachable wasi import", () -> {
                    Wasm w = Wasm.cell();
                    w.importFunc("wasi_snapshot_preview1", "args_get", Wasm.T_II_I);
                    w.exportFunc("f", w.func(Wasm.T_V_V, Wasm.Code.of()));
                    return w.build();
                }, EnumSet.of(B, N, W, E), null),
                new Need("externref", () -> {
                    Wasm w = Wasm.cell();
                    w.exportFunc("f", w.func(w.type(new byte[] {X}, new byte[] {}), Wasm.Code.of()));
                    return w.build();
                }, EnumSet.of(B, N, W), Capability.EXTERNREF),
                new Need("threads (shared memory, atomics)", () -> {
                    Wasm w = Wasm.cell();
                    w.sharedMemory(1, 2);
                    w.exportFunc("f", w.func(Wasm.T_V_I, Wasm.Code.of().i32(0).op(0xfe, 0x10, 2, 0)));
                    return w.build();
                }, EnumSet.of(N, W), Capability.THREADS),
                new Need("simd", () -> {
                    Wasm w = Wasm.cell();
                    Wasm.Code c = Wasm.Code.of().op(0xfd, 0x0c);
                    for (int i = 0; i < 16; i++) {
                        c.op(0);
                    }
                    w.exportFunc("f", w.func(Wasm.T_V_V, c.op(0x1a)));
                    return w.build();
                }, EnumSet.noneOf(HostProfile.class), Capability.SIMD),
                new Need("a component binary", () -> new byte[] {0, 'a', 's', 'm', 0x0d, 0, 1, 0},
                        EnumSet.noneOf(HostProfile.class), Capability.COMPONENT_MODEL),
                new Need("memory regions", () -> {
                    Wasm w = Wasm.cell();
                    w.custom(SessionAbi.MEMORY_REGIONS_SECTION, "eu-west-1\n".getBytes(StandardCharsets.UTF_8));
                    return w.build();
                }, EnumSet.noneOf(HostProfile.class), Capability.MEMORY_REGIONS));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> args = new ArrayList<>();
        for (Need n : needs()) {
            for (HostProfile p : HostProfile.values()) {
                args.add(Arguments.of(n, p));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("matrix")
    void loadsOrFailsNamingTheCapabilityAndTheProfile(Need need, HostProfile profile) throws Exception {
        try (WasmSession s = Sessions.open(profile, TierPolicy.forceInterpreter())) {
            byte[] module = need.module().get();
            if (need.offeredBy().contains(profile)) {
                s.load("c1", module);
                return;
            }
            LinkException e = assertThrows(LinkException.class, () -> s.load("c1", module));
            assertTrue(e instanceof CapabilityException, e.getMessage());
            String m = e.getMessage();
            assertTrue(m.contains("host profile `" + profile.cliName() + "`"), m);
            if (need.capability() != null) {
                assertTrue(m.contains("capability `" + need.capability().displayName() + "`"), m);
            } else {
                assertTrue(m.contains("needs import `env.mystery`"), m);
            }
            assertEquals(List.of(), s.cellNames(), "nothing was loaded");
        }
    }

    @Test
    void theBrowserOffersThreadsWhenCrossOriginIsolatedAndWasmtimeTheRegionsItIsConfiguredFor() throws Exception {
        Need threads = needs().stream().filter(n -> n.name().startsWith("threads")).findFirst().orElseThrow();
        Need regions = needs().stream().filter(n -> n.name().equals("memory regions")).findFirst().orElseThrow();
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withProfile(B)
                .withHostOptions(HostOptions.defaults().withCrossOriginIsolated(true)))) {
            s.load("c1", threads.module().get());
        }
        try (WasmSession s = new WasmSession(SessionConfig.defaults().withProfile(W)
                .withHostOptions(HostOptions.defaults().withMemoryRegions(Set.of("eu-west-1"))))) {
            s.load("c1", regions.module().get());
        }
    }

    @Test
    void aWasiImportUnderTheBrowserExplainsTheConsoleShim() {
        try (WasmSession s = Sessions.open(B, TierPolicy.forceInterpreter())) {
            LinkException e = assertThrows(LinkException.class,
                    () -> s.load("c1", caller("wasi_snapshot_preview1", "args_get", new byte[] {I, I}, new byte[] {I})));
            assertEquals("the module needs capability `wasi` (import `wasi_snapshot_preview1.args_get`), which host profile "
                    + "`browser` does not provide; the browser's console shim offers only fd_write to stdout/stderr and proc_exit",
                    e.getMessage());
        }
    }
}
