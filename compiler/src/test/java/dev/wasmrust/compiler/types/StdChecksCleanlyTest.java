package dev.wasmrust.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmrust.compiler.Prelude;
import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.resolve.Resolver;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import org.junit.jupiter.api.Test;

/**
 * Compiles check the standard library's function bodies only when a program reaches them; this checks all
 * of them, so that a mistake in a function no test program uses yet cannot hide.
 */
class StdChecksCleanlyTest {
    @Test
    void everyStandardLibraryFunctionTypeChecks() {
        SourceMap sm = new SourceMap();
        Diagnostics diags = new Diagnostics();
        SourceFile f = sm.add("main.rs", "fn main() {}\n");
        Crate crate = SyntaxPhase.parseFile(sm, f, ModLoader.NONE, diags);
        Crate prelude = Prelude.parse(sm, diags);
        TypeChecker.checkEagerly(crate, Resolver.resolveCrate(crate, diags), prelude, sm, diags);
        assertEquals("", String.join("\n", diags.all().stream().map(Diagnostic::toString).toList()));
    }
}
