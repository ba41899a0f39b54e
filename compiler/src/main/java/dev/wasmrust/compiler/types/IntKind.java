package dev.wasmrust.compiler.types;

import java.math.BigInteger;

/** Rust's integer types on wasm32: {@code isize}/{@code usize} are 32 bits wide, as on rustc's wasm32 targets. */
public enum IntKind {
    I8("i8", 8, true), I16("i16", 16, true), I32("i32", 32, true), I64("i64", 64, true), I128("i128", 128, true),
    ISIZE("isize", 32, true),
    U8("u8", 8, false), U16("u16", 16, false), U32("u32", 32, false), U64("u64", 64, false), U128("u128", 128, false),
    USIZE("usize", 32, false);

    private final String name;
    private final int bits;
    private final boolean signed;

    IntKind(String name, int bits, boolean signed) {
        this.name = name;
        this.bits = bits;
        this.signed = signed;
    }

    public String rustName() {
        return name;
    }

    public int bits() {
        return bits;
    }

    public boolean signed() {
        return signed;
    }

    public BigInteger min() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    public BigInteger max() {
        return signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    public boolean fits(BigInteger v) {
        return v.compareTo(min()) >= 0 && v.compareTo(max()) <= 0;
    }

    public static IntKind ofName(String s) {
        for (IntKind k : values()) {
            if (k.name.equals(s)) {
                return k;
            }
        }
        return null;
    }
}
