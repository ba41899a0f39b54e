package dev.wasmrust.runtime;

import static dev.wasmrust.runtime.Sessions.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CellIoTest {
    private static final int CHUNK = 65536;

    /** flood(n): n writes of a 64 KiB block of 'x' through session:rt/write (n > 0) or WASI fd_write. */
    private static byte[] flooder() {
        Wasm w = Wasm.sessionCell();
        int write = w.importFunc(SessionAbi.RT, SessionAbi.WRITE, Wasm.T_III_V);
        int fdWrite = w.importFunc("wasi_snapshot_preview1", "fd_write", Wasm.T_IIII_I);
        byte[] xs = new byte[CHUNK];
        java.util.Arrays.fill(xs, (byte) 'x');
        w.data(0x10000, xs);
        w.data(0x100, new byte[] {0, 0, 1, 0, 0, 0, 1, 0}); // iovec {0x10000, 65536}
        // rt(n): loop { write(1, 0x10000, 65536); n -= 1; br_if n != 0 }
        w.exportFunc("rt", w.func(Wasm.T_I_V, Wasm.Code.of().op(0x03, 0x40)
                .i32(1).i32(0x10000).i32(CHUNK).call(write)
                .localGet(0).i32(1).op(0x6b).localSet(0).localGet(0).op(0x0d, 0x00).op(0x0b)));
        w.exportFunc("wasi", w.func(Wasm.T_I_V, Wasm.Code.of().op(0x03, 0x40)
                .i32(1).i32(0x100).i32(1).i32(0x200).call(fdWrite).op(0x1a)
                .localGet(0).i32(1).op(0x6b).localSet(0).localGet(0).op(0x0d, 0x00).op(0x0b)));
        return w.build();
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void a100MegabyteFloodArrivesInBoundedChunksWhileTheCellRuns(Engine engine) throws Exception {
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", flooder());
            for (String entry : List.of("rt", "wasi")) {
                AtomicLong total = new AtomicLong();
                AtomicInteger biggest = new AtomicInteger();
                AtomicInteger calls = new AtomicInteger();
                OutputListener l = (stream, text) -> {
                    assertEquals(StdStream.STDOUT, stream);
                    total.addAndGet(text.length());
                    biggest.accumulateAndGet(text.length(), Math::max);
                    calls.incrementAndGet();
                };
                int writes = entry.equals("rt") ? 1600 : 160;
                CellOutcome o = s.run("c1", entry, new CellIo(l, InputSource.EMPTY), writes);
                assertTrue(o.completed(), o.toString());
                assertEquals((long) writes * CHUNK, total.get(), entry);
                assertTrue(biggest.get() <= TextSink.CHUNK, "chunk of " + biggest.get());
                assertTrue(calls.get() >= writes, "delivered as written");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void stdinComesFromTheCallbackLineByLine(Engine engine) throws Exception {
        Wasm w = Wasm.sessionCell();
        int read = w.importFunc(SessionAbi.RT, SessionAbi.READ, Wasm.T_II_I);
        int fdRead = w.importFunc("wasi_snapshot_preview1", "fd_read", Wasm.T_IIII_I);
        // rt() = read(0x2000, 100)
        w.exportFunc("rt", w.func(Wasm.T_V_I, Wasm.Code.of().i32(0x2000).i32(100).call(read)));
        // wasi() = fd_read(0, iovec{0x2000,100} at 0x3000, 1, nread at 0x3010); nread
        w.exportFunc("wasi", w.func(Wasm.T_V_I, Wasm.Code.of()
                .i32(0x3000).i32(0x2000).store(0).i32(0x3004).i32(100).store(0)
                .i32(0).i32(0x3000).i32(1).i32(0x3010).call(fdRead).op(0x1a).i32(0x3010).load(0)));
        w.exportFunc("byte", w.func(Wasm.T_I_I, Wasm.Code.of().localGet(0).op(0x2d, 0, 0))); // i32.load8_u
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", w.build());
            ArrayDeque<String> lines = new ArrayDeque<>(List.of("héllo", "x"));
            AtomicInteger asked = new AtomicInteger();
            InputSource in = () -> {
                asked.incrementAndGet();
                return lines.poll();
            };
            CellIo io = CellIo.discard().withInput(in);
            assertEquals("héllo\n".getBytes(StandardCharsets.UTF_8).length, i32(s.run("c1", "rt", io)));
            assertEquals('h', i32(s.run("c1", "byte", io, 0x2000)));
            assertEquals(2, i32(s.run("c1", "wasi", io)));
            assertEquals('x', i32(s.run("c1", "byte", io, 0x2000)));
            assertEquals(0, i32(s.run("c1", "rt", io)));
            assertEquals(3, asked.get());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wasmrust.runtime.Sessions#engines")
    void aUtf8SequenceSplitAcrossWritesIsDecodedWhole(Engine engine) throws Exception {
        Wasm w = Wasm.sessionCell();
        int write = w.importFunc(SessionAbi.RT, SessionAbi.WRITE, Wasm.T_III_V);
        w.data(0x100, "é€!".getBytes(StandardCharsets.UTF_8)); // c3 a9 e2 82 ac 21
        w.exportFunc("go", w.func(Wasm.T_V_V, Wasm.Code.of()
                .i32(1).i32(0x100).i32(1).call(write)
                .i32(1).i32(0x101).i32(3).call(write)
                .i32(1).i32(0x104).i32(2).call(write)
                .i32(2).i32(0x100).i32(1).call(write)));
        try (WasmSession s = Sessions.open(engine)) {
            s.load("c1", w.build());
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            assertTrue(s.run("c1", "go", CellIo.collecting(out, err)).completed());
            assertEquals("é€!", out.toString());
            assertEquals("\uFFFD", err.toString(), "an incomplete sequence at the end becomes U+FFFD");
        }
    }
}
