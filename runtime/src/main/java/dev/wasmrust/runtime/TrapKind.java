package dev.wasmrust.runtime;

/** WebAssembly traps, each with what it means for a Rust program. */
public enum TrapKind {
    UNREACHABLE("entered unreachable code (the program aborted)"),
    MEMORY_OUT_OF_BOUNDS("memory access out of bounds (a dangling or wild pointer, or unchecked indexing)"),
    DIVIDE_BY_ZERO("attempt to divide by zero"),
    INTEGER_OVERFLOW("attempt to divide with overflow (MIN / -1)"),
    INVALID_CONVERSION("float to integer conversion of NaN or an out-of-range value"),
    INDIRECT_CALL_MISMATCH("call through a function pointer whose signature does not match the function it points to"),
    NULL_FUNCTION("call through a null or dangling function pointer"),
    TABLE_OUT_OF_BOUNDS("call through a function pointer outside the function table"),
    OTHER("a WebAssembly trap");

    private final String rustMeaning;

    TrapKind(String rustMeaning) {
        this.rustMeaning = rustMeaning;
    }

    public String rustMeaning() {
        return rustMeaning;
    }

    /** Chicory reports traps by message only; both engines use the same texts. */
    static TrapKind fromChicoryMessage(String m) {
        if (m == null) {
            return OTHER;
        }
        if (m.contains("unreachable")) {
            return UNREACHABLE;
        }
        if (m.contains("out of bounds memory access")) {
            return MEMORY_OUT_OF_BOUNDS;
        }
        if (m.contains("integer divide by zero")) {
            return DIVIDE_BY_ZERO;
        }
        if (m.contains("integer overflow")) {
            return INTEGER_OVERFLOW;
        }
        if (m.contains("invalid conversion to integer")) {
            return INVALID_CONVERSION;
        }
        if (m.contains("indirect call type mismatch")) {
            return INDIRECT_CALL_MISMATCH;
        }
        if (m.contains("uninitialized element") || m.contains("undefined element") || m.contains("null function")) {
            return NULL_FUNCTION;
        }
        if (m.contains("out of bounds table access")) {
            return TABLE_OUT_OF_BOUNDS;
        }
        return OTHER;
    }
}
