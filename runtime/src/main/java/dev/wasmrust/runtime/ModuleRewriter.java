package dev.wasmrust.runtime;

import java.io.ByteArrayOutputStream;

/**
 * Rewrites a module's binary so that instantiating it again leaves the session's state alone: active data
 * segments become passive (memory keeps what the cell's code has written since) and the start section is
 * dropped. Element segments stay: a relink re-points table slots at the new instance anyway.
 */
final class ModuleRewriter {
    private static final int START = 8;
    private static final int DATA = 11;

    private ModuleRewriter() {}

    static byte[] forRelink(byte[] wasm) {
        Reader r = new Reader(wasm, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(wasm.length);
        out.write(wasm, 0, 8);
        while (r.pos < wasm.length) {
            int id = wasm[r.pos++] & 0xff;
            int size = (int) r.u32();
            int start = r.pos;
            r.pos += size;
            if (id == START) {
                continue;
            }
            byte[] content = id == DATA ? passiveData(wasm, start, size) : slice(wasm, start, size);
            out.write(id);
            writeU32(out, content.length);
            out.write(content, 0, content.length);
        }
        return out.toByteArray();
    }

    private static byte[] passiveData(byte[] wasm, int start, int size) {
        Reader r = new Reader(wasm, start);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        long count = r.u32();
        writeU32(out, count);
        for (long i = 0; i < count; i++) {
            long flags = r.u32();
            if (flags == 2) {
                r.u32(); // memory index
            }
            if (flags == 0 || flags == 2) {
                r.skipConstExpr();
            }
            int len = (int) r.u32();
            out.write(1);
            writeU32(out, len);
            out.write(wasm, r.pos, len);
            r.pos += len;
        }
        if (r.pos != start + size) {
            throw new IllegalArgumentException("malformed data section");
        }
        return out.toByteArray();
    }

    private static byte[] slice(byte[] b, int start, int len) {
        byte[] s = new byte[len];
        System.arraycopy(b, start, s, 0, len);
        return s;
    }

    private static void writeU32(ByteArrayOutputStream out, long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    private static final class Reader {
        final byte[] b;
        int pos;

        Reader(byte[] b, int pos) {
            this.b = b;
            this.pos = pos;
        }

        long u32() {
            long result = 0;
            int shift = 0;
            while (true) {
                int x = b[pos++] & 0xff;
                result |= (long) (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        /** Constant expressions of data offsets: i32/i64.const, global.get, extended-const arithmetic, end. */
        void skipConstExpr() {
            while (true) {
                int op = b[pos++] & 0xff;
                switch (op) {
                    case 0x0b:
                        return;
                    case 0x41, 0x42, 0x23:
                        u32(); // LEB immediates; signedness does not matter for skipping
                        break;
                    case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e:
                        break;
                    default:
                        throw new IllegalArgumentException("unexpected opcode 0x" + Integer.toHexString(op)
                                + " in a data segment offset");
                }
            }
        }
    }
}
