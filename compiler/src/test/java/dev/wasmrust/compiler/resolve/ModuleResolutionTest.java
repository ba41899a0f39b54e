package dev.wasmrust.compiler.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.CompileOptions;
import dev.wasmrust.compiler.CompileResult;
import dev.wasmrust.compiler.Compiler;
import dev.wasmrust.compiler.TestSupport;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Modules, `use` and visibility, checked through the whole front end. */
class ModuleResolutionTest {
    private static List<String> codes(CompileResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.code() + " " + d.message()).toList();
    }

    private static void compiles(String src) {
        CompileResult r = TestSupport.compile(src);
        assertEquals(List.of(), codes(r));
        assertTrue(r.wasm() != null && r.wasm().length > 0);
    }

    @Test
    void explicitItemsShadowGlobImports() {
        compiles("mod m { pub fn f() -> i32 { 1 } pub fn g() -> i32 { 2 } }\n"
                + "use m::*;\nfn f() -> i32 { 3 }\nfn main() { let x: i32 = f() + g(); }\n");
    }

    @Test
    void cyclicGlobImportsTerminate() {
        CompileResult r = TestSupport.compile("mod a { pub use crate::b::*; pub fn fa() {} }\n"
                + "mod b { pub use crate::a::*; pub fn fb() {} }\nfn main() { a::fb(); b::fa(); a::nothing(); }\n");
        assertEquals(List.of("E0425 cannot find function `nothing` in module `a`"), codes(r));
    }

    @Test
    void privateImportsAreNotReexported() {
        CompileResult r = TestSupport.compile("mod inner { pub fn f() {} }\nmod outer { use crate::inner::f; pub use crate::inner::f as g; }\n"
                + "fn main() { outer::g(); outer::f(); }\n");
        assertEquals(List.of("E0603 function `f` is private"), codes(r));
    }

    @Test
    void globImportsBringPrivateItemsOfTheParent() {
        compiles("fn helper() -> i32 { 4 }\nmod child { use super::*; pub fn f() -> i32 { helper() } }\n"
                + "fn main() { let x = child::f(); }\n");
    }

    @Test
    void failedImportsAreReportedOnce() {
        CompileResult r = TestSupport.compile("use nowhere::thing;\nfn main() { thing(); }\n");
        assertEquals(List.of("E0432 unresolved import `nowhere`"), codes(r));
    }

    @Test
    void restrictedVisibility() {
        CompileResult r = TestSupport.compile("mod a { pub mod b { pub(in crate::a) fn f() {} pub(super) fn g() {} }\n"
                + "pub fn h() { b::f(); b::g(); } }\nfn main() { a::h(); a::b::f(); a::b::g(); }\n");
        assertEquals(List.of("E0603 function `f` is private", "E0603 function `g` is private"), codes(r));
    }

    @Test
    void fileModulesLoadAsRustcLooksThemUp() {
        Map<String, String> files = Map.of("dir/m.rs", "pub mod sub;\npub fn one() -> i32 { sub::two() - 1 }\n",
                "dir/m/sub.rs", "pub fn two() -> i32 { 2 }\n", "dir/n/mod.rs", "pub const N: i32 = 5;\n");
        SourceMap sm = new SourceMap();
        SourceFile root = sm.add("dir/main.rs", "mod m;\nmod n;\nfn main() { let x = m::one() + n::N; }\n");
        CompileResult r = Compiler.compileProgram(sm, root, p -> Optional.ofNullable(files.get(p)), CompileOptions.defaults());
        assertEquals(List.of(), codes(r));
    }
}
