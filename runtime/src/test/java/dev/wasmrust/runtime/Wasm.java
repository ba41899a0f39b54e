package dev.wasmrust.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny test-only WebAssembly binary builder (runtime tests may depend on neither the compiler nor a
 * WAT assembler). Indices are the caller's business: function index = imported functions first.
 */
final class Wasm {
    static final byte I32 = 0x7f;
    static final byte I64 = 0x7e;
    static final byte F64 = 0x7c;
    static final byte V128 = 0x7b;
    static final byte FUNCREF = 0x70;
    static final byte EXTERNREF = 0x6f;

    private final List<byte[]> types = new ArrayList<>();
    private final List<byte[]> imports = new ArrayList<>();
    private final List<Integer> funcTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final List<byte[]> memories = new ArrayList<>();
    private final List<byte[]> tables = new ArrayList<>();
    private final List<byte[]> globals = new ArrayList<>();
    private final List<byte[]> exports = new ArrayList<>();
    private final List<byte[]> elements = new ArrayList<>();
    private final List<byte[]> datas = new ArrayList<>();
    private final List<byte[]> customs = new ArrayList<>();
    private int importedFuncs;

    /** The canonical type prefix every test cell shares (Chicory's cross-instance call_indirect needs it). */
    static final int T_V_V = 0;      // () -> ()
    static final int T_I_I = 1;      // (i32) -> i32
    static final int T_V_I = 2;      // () -> i32
    static final int T_I_V = 3;      // (i32) -> ()
    static final int T_II_V = 4;     // (i32, i32) -> ()
    static final int T_III_V = 5;    // (i32, i32, i32) -> ()
    static final int T_II_I = 6;     // (i32, i32) -> i32
    static final int T_IIII_I = 7;   // (i32 x4) -> i32

    static Wasm cell() {
        Wasm w = new Wasm();
        w.type(new byte[] {}, new byte[] {});
        w.type(new byte[] {I32}, new byte[] {I32});
        w.type(new byte[] {}, new byte[] {I32});
        w.type(new byte[] {I32}, new byte[] {});
        w.type(new byte[] {I32, I32}, new byte[] {});
        w.type(new byte[] {I32, I32, I32}, new byte[] {});
        w.type(new byte[] {I32, I32}, new byte[] {I32});
        w.type(new byte[] {I32, I32, I32, I32}, new byte[] {I32});
        return w;
    }

    /** A cell importing the session's memory, table, stack pointer and interrupt flag (globals 0 and 1). */
    static Wasm sessionCell() {
        Wasm w = cell();
        w.importMemory(SessionAbi.RT, SessionAbi.MEMORY, 1, false);
        w.importTable(SessionAbi.RT, SessionAbi.TABLE, 1);
        w.importGlobal(SessionAbi.RT, SessionAbi.STACK_POINTER, I32, true);
        w.importGlobal(SessionAbi.RT, SessionAbi.INTERRUPT_FLAG, I32, true);
        return w;
    }

    int type(byte[] params, byte[] results) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x60);
        vec(b, params);
        vec(b, results);
        types.add(b.toByteArray());
        return types.size() - 1;
    }

    int importFunc(String module, String name, int type) {
        ByteArrayOutputStream b = names(module, name);
        b.write(0);
        u32(b, type);
        imports.add(b.toByteArray());
        return importedFuncs++;
    }

    void importMemory(String module, String name, int min, boolean shared) {
        ByteArrayOutputStream b = names(module, name);
        b.write(2);
        if (shared) {
            b.write(3);
            u32(b, min);
            u32(b, 65536 / 16);
        } else {
            b.write(0);
            u32(b, min);
        }
        imports.add(b.toByteArray());
    }

    void importTable(String module, String name, int min) {
        ByteArrayOutputStream b = names(module, name);
        b.write(1);
        b.write(FUNCREF);
        b.write(0);
        u32(b, min);
        imports.add(b.toByteArray());
    }

    void importGlobal(String module, String name, byte type, boolean mutable) {
        ByteArrayOutputStream b = names(module, name);
        b.write(3);
        b.write(type);
        b.write(mutable ? 1 : 0);
        imports.add(b.toByteArray());
    }

    /** Defines a function; returns its index in the function index space. */
    int func(int type, Code body, byte... locals) {
        funcTypes.add(type);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        u32(b, locals.length);
        for (byte l : locals) {
            u32(b, 1);
            b.write(l);
        }
        byte[] code = body.end().bytes();
        b.write(code, 0, code.length);
        ByteArrayOutputStream sized = new ByteArrayOutputStream();
        u32(sized, b.size());
        sized.write(b.toByteArray(), 0, b.size());
        bodies.add(sized.toByteArray());
        return importedFuncs + funcTypes.size() - 1;
    }

    void memory(int min, int max) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(1);
        u32(b, min);
        u32(b, max);
        memories.add(b.toByteArray());
    }

    void sharedMemory(int min, int max) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(3);
        u32(b, min);
        u32(b, max);
        memories.add(b.toByteArray());
    }

    void externrefTable(int min) {
        tables.add(new byte[] {EXTERNREF, 0, (byte) min});
    }

    /** A mutable i32 global; returns nothing: its index is imported globals + definition order. */
    void globalI32(int init) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(I32);
        b.write(1);
        b.write(0x41);
        s32(b, init);
        b.write(0x0b);
        globals.add(b.toByteArray());
    }

    Wasm exportFunc(String name, int index) {
        export(name, 0, index);
        return this;
    }

    Wasm exportGlobal(String name, int index) {
        export(name, 3, index);
        return this;
    }

    private void export(String name, int kind, int index) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        str(b, name);
        b.write(kind);
        u32(b, index);
        exports.add(b.toByteArray());
    }

    /** An active element segment into table 0 at a constant offset. */
    void elem(int offset, int... funcs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0);
        b.write(0x41);
        s32(b, offset);
        b.write(0x0b);
        u32(b, funcs.length);
        for (int f : funcs) {
            u32(b, f);
        }
        elements.add(b.toByteArray());
    }

    void data(int offset, byte[] bytes) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0);
        b.write(0x41);
        s32(b, offset);
        b.write(0x0b);
        u32(b, bytes.length);
        b.write(bytes, 0, bytes.length);
        datas.add(b.toByteArray());
    }

    void custom(String name, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        str(b, name);
        b.write(content, 0, content.length);
        customs.add(b.toByteArray());
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, 0, 8);
        section(out, 1, types);
        section(out, 2, imports);
        List<byte[]> fs = new ArrayList<>();
        for (int t : funcTypes) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            u32(b, t);
            fs.add(b.toByteArray());
        }
        section(out, 3, fs);
        section(out, 4, tables);
        section(out, 5, memories);
        section(out, 6, globals);
        section(out, 7, exports);
        section(out, 9, elements);
        section(out, 10, bodies);
        section(out, 11, datas);
        for (byte[] c : customs) {
            out.write(0);
            u32(out, c.length);
            out.write(c, 0, c.length);
        }
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, List<byte[]> items) {
        if (items.isEmpty()) {
            return;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        u32(b, items.size());
        for (byte[] i : items) {
            b.write(i, 0, i.length);
        }
        out.write(id);
        u32(out, b.size());
        out.write(b.toByteArray(), 0, b.size());
    }

    private static ByteArrayOutputStream names(String module, String name) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        str(b, module);
        str(b, name);
        return b;
    }

    private static void vec(ByteArrayOutputStream b, byte[] xs) {
        u32(b, xs.length);
        b.write(xs, 0, xs.length);
    }

    static void str(ByteArrayOutputStream b, String s) {
        byte[] x = s.getBytes(StandardCharsets.UTF_8);
        vec(b, x);
    }

    static void u32(ByteArrayOutputStream b, long v) {
        do {
            int x = (int) (v & 0x7f);
            v >>>= 7;
            b.write(v != 0 ? x | 0x80 : x);
        } while (v != 0);
    }

    static void s32(ByteArrayOutputStream b, long v) {
        while (true) {
            int x = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0);
            b.write(done ? x : x | 0x80);
            if (done) {
                return;
            }
        }
    }

    /** Instruction bytes. */
    static final class Code {
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();

        static Code of() {
            return new Code();
        }

        Code op(int... bytes) {
            for (int x : bytes) {
                b.write(x);
            }
            return this;
        }

        Code i32(int v) {
            b.write(0x41);
            s32(b, v);
            return this;
        }

        Code f64(double v) {
            b.write(0x44);
            long bits = Double.doubleToRawLongBits(v);
            for (int i = 0; i < 8; i++) {
                b.write((int) (bits >>> (8 * i)) & 0xff);
            }
            return this;
        }

        Code i64(long v) {
            b.write(0x42);
            s32(b, v);
            return this;
        }

        Code localGet(int i) {
            return op(0x20).idx(i);
        }

        Code localSet(int i) {
            return op(0x21).idx(i);
        }

        Code globalGet(int i) {
            return op(0x23).idx(i);
        }

        Code globalSet(int i) {
            return op(0x24).idx(i);
        }

        Code call(int f) {
            return op(0x10).idx(f);
        }

        Code callIndirect(int type) {
            return op(0x11).idx(type).op(0);
        }

        Code load(int offset) {
            return op(0x28, 2).idx(offset);
        }

        Code store(int offset) {
            return op(0x36, 2).idx(offset);
        }

        Code idx(long v) {
            u32(b, v);
            return this;
        }

        /** `(loop (check interrupt) ... br 0)` pieces are spelled out by tests; this is the check of SessionAbi. */
        Code interruptCheck(int flagGlobal, int interruptedFunc) {
            return globalGet(flagGlobal).op(0x04, 0x40).call(interruptedFunc).op(0x0b);
        }

        Code end() {
            b.write(0x0b);
            return this;
        }

        byte[] bytes() {
            return b.toByteArray();
        }
    }
}
