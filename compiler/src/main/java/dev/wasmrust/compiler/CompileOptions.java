package dev.wasmrust.compiler;

/** How to compile: {@code release} selects the optimizing backend once it exists (today both use the dev backend). */
public record CompileOptions(boolean release) {
    public static CompileOptions defaults() {
        return new CompileOptions(false);
    }
}
