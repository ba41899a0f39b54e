package dev.wasmrust.compiler.types;

/** Rust's floating-point types. */
public enum FloatKind {
    F32("f32", 32), F64("f64", 64);

    private final String name;
    private final int bits;

    FloatKind(String name, int bits) {
        this.name = name;
        this.bits = bits;
    }

    public String rustName() {
        return name;
    }

    public int bits() {
        return bits;
    }

    public static FloatKind ofName(String s) {
        for (FloatKind k : values()) {
            if (k.name.equals(s)) {
                return k;
            }
        }
        return null;
    }
}
