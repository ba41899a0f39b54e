package dev.wasmrust.compiler.wasm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the LEB128 encodings WebAssembly uses, all in one place. */
public final class ByteSink {
    private byte[] buf = new byte[256];
    private int len;

    public ByteSink u8(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
        return this;
    }

    public ByteSink bytes(byte[] bs) {
        return bytes(bs, 0, bs.length);
    }

    public ByteSink bytes(byte[] bs, int off, int n) {
        while (len + n > buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        System.arraycopy(bs, off, buf, len, n);
        len += n;
        return this;
    }

    public ByteSink u32(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    public ByteSink s64(long v) {
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    public ByteSink s32(int v) {
        return s64(v);
    }

    public ByteSink name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        return bytes(b);
    }

    /** Appends another sink's contents prefixed by their length (a section or function body). */
    public ByteSink sized(ByteSink inner) {
        u32(inner.len);
        return bytes(inner.buf, 0, inner.len);
    }

    public int length() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
