package dev.wasmrust.compiler;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.ModLoader;

/** Compiles Rust text in tests. */
public final class TestSupport {
    private TestSupport() {}

    public static CompileResult compile(String source) {
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add("test.rs", source);
        return Compiler.compileProgram(sm, f, ModLoader.NONE, CompileOptions.defaults());
    }
}
