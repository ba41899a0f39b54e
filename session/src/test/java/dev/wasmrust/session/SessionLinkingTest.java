package dev.wasmrust.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirImport;
import dev.wasmrust.runtime.CellIo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells import what earlier cells compiled (issue 6, point 2): the standard library's instances are compiled by
 * the first cell that needs them, later cells import them from its module; closures kept in variables are called
 * by later cells; items can be dropped; each cell's module is available.
 */
class SessionLinkingTest {
    private static CellResult ok(Session s, String cell) {
        CellResult r = s.eval(cell);
        assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false) + r);
        return r;
    }

    private static String value(Session s, String cell) {
        return ok(s, cell).value().orElse("");
    }

    private static List<String> definedFunctions(Session s, int cell) {
        return s.module(cell).orElseThrow().ir().functions().stream().map(WirFunction::name).toList();
    }

    @Test
    void laterCellsImportTheFunctionsEarlierCellsCompiled() {
        try (Session s = new Session()) {
            // the standard library's common code is in the session's first module, c0
            CellModule std = s.module(0).orElseThrow();
            assertTrue(std.ir().functions().size() > 10, std.ir().functions().toString());
            StringBuilder out = new StringBuilder();
            CellResult first = s.eval("fn sq(x: i32) -> i32 { x * x }\nprintln!(\"{}\", sq(4));", CellIo.collecting(out, out));
            assertEquals(CellStatus.OK, first.status());
            CellResult second = s.eval("println!(\"{} {}\", sq(5), 7);", CellIo.collecting(out, out));
            assertEquals(CellStatus.OK, second.status());
            assertEquals("16\n25 7\n", out.toString());
            CellModule m2 = s.module(second.number()).orElseThrow();
            // the second cell compiles only its own function: `sq` comes from c1, the printing machinery from c0
            assertEquals(List.of("__wasmrust_cell_2"), definedFunctions(s, second.number()));
            List<String> from = m2.ir().imports().stream().map(WirImport::module).distinct().toList();
            assertTrue(from.containsAll(List.of("session:cells/c0", "session:cells/c1")), from.toString());
            assertTrue(m2.imported() > 1);
            assertTrue(m2.wasm().length * 3 < std.wasm().length, m2.wasm().length + " vs " + std.wasm().length);
            assertEquals(1, s.definingModule("sq").orElseThrow());
            assertEquals(List.of(0, 1, 2), s.modules().stream().map(CellModule::cell).toList());
        }
    }

    @Test
    void withoutThePrecompiledLibraryTheFirstCellThatNeedsItCompilesIt() {
        try (Session s = new Session(SessionOptions.defaults().withPrecompiledStd(false))) {
            CellResult first = s.eval("println!(\"{}\", 1);");
            CellResult second = s.eval("println!(\"{}\", 2);");
            assertTrue(s.module(0).isEmpty());
            assertEquals(List.of("__wasmrust_cell_2"), definedFunctions(s, second.number()));
            assertTrue(s.module(second.number()).orElseThrow().ir().imports().stream().map(WirImport::module)
                    .anyMatch("session:cells/c1"::equals));
            assertTrue(definedFunctions(s, first.number()).size() > 5);
        }
    }

    @Test
    void aClosureKeptInAVariableIsCalledByLaterCells() {
        try (Session s = new Session()) {
            ok(s, "let add = |a: i32, b: i32| a + b;");
            assertEquals("5", value(s, "add(2, 3)"));
            ok(s, "let k = 10;\nlet addk = move |x: i32| x + k;");
            assertEquals("17", value(s, "addk(5) + add(1, 1)"));
            ok(s, "fn twice(x: i32) -> i32 { x * 2 }\nlet t = |x: i32| twice(x) + 1;");
            assertEquals("9", value(s, "t(4)"));
            // a redefinition recompiles what later cells use; the closures made earlier are kept
            ok(s, "fn twice(x: i32) -> i32 { x * 3 }");
            assertEquals("12", value(s, "twice(4)"));
            assertEquals("21", value(s, "addk(11)"));
            assertEquals("[11, 12]", value(s, "vec![1, 2].iter().map(|x| addk(*x)).collect::<Vec<i32>>()"));
        }
    }

    @Test
    void aRedefinedStructIsCompiledAfreshForLaterCells() {
        try (Session s = new Session()) {
            ok(s, "#[derive(Debug, Clone)]\nstruct P { x: i32 }");
            assertEquals("[P { x: 1 }]", value(s, "vec![P { x: 1 }]"));
            ok(s, "#[derive(Debug, Clone)]\nstruct P { name: String, x: u8 }");
            assertEquals("[P { name: \"a\", x: 2 }]", value(s, "vec![P { name: String::from(\"a\"), x: 2 }]"));
        }
    }

    @Test
    void trailingValuesHaveTheirOwnTypeNames() {
        try (Session s = new Session()) {
            ok(s, "let v = vec![1, 2];\nlet s = String::from(\"a\");");
            assertEquals("Vec<i32>", ok(s, "v").typeName().orElseThrow());
            assertEquals("String", ok(s, "s").typeName().orElseThrow());
            assertEquals("&str", ok(s, "s.as_str()").typeName().orElseThrow());
        }
    }

    @Test
    void droppingAnItemMakesWhatUsesItInvalid() {
        try (Session s = new Session()) {
            ok(s, "fn f() -> i32 { 1 }");
            ok(s, "fn g() -> i32 { f() + 1 }");
            ok(s, "struct Unused;");
            assertEquals("2", value(s, "g()"));
            DropResult dropped = s.drop("f");
            assertTrue(dropped.dropped());
            String notes = s.render(dropped.diagnostics(), false);
            assertTrue(notes.contains("`g` no longer compiles"), notes);
            CellResult use = s.eval("g()");
            assertEquals(CellStatus.ERROR, use.status());
            assertTrue(s.render(use.diagnostics(), false).contains("`g` cannot be used"), s.render(use.diagnostics(), false));
            DropResult unknown = s.drop("nothing");
            assertFalse(unknown.dropped());
            assertTrue(unknown.diagnostics().isEmpty());
            assertTrue(s.drop("Unused").dropped());
            assertEquals(List.of(2), s.definitions().stream().map(ItemDefinition::cell).toList());
            // defining f again brings g back
            ok(s, "fn f() -> i32 { 40 }");
            assertEquals("41", value(s, "g()"));
        }
    }
}
