package dev.wasmrust.compiler.wasmir;

/** WebAssembly value types, spelled as in the text format. */
public enum ValType {
    I32("i32", 0x7F), I64("i64", 0x7E), F32("f32", 0x7D), F64("f64", 0x7C),
    FUNCREF("funcref", 0x70), EXTERNREF("externref", 0x6F);

    private final String text;
    private final int code;

    ValType(String text, int code) {
        this.text = text;
        this.code = code;
    }

    public String text() {
        return text;
    }

    /** The binary encoding byte. */
    public int code() {
        return code;
    }

    public static ValType ofText(String s) {
        for (ValType t : values()) {
            if (t.text.equals(s)) {
                return t;
            }
        }
        return null;
    }
}
