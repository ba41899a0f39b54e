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
            StringBuilder out = new StringBuilder();
            CellResult first = s.eval("println!(\"{}\", 40 + 2);", CellIo.collecting(out, out));
            assertEquals(CellStatus.OK, first.status());
            CellResult second = s.eval("println!(\"{}\", 7);", CellIo.collecting(out, out));
            assertEquals(CellStatus.OK, second.status());
            assertEquals("42\n7\n", out.toString());
            CellModule m1 = s.module(first.number()).orElseThrow();
            CellModule m2 = s.module(second.number()).orElseThrow();
            // the second cell compiles only its own function; the printing machinery comes from the first
            assertEquals(List.of("__wasmrust_cell_2"), definedFunctions(s, second.number()));
            assertTrue(m2.imported() > 0, "imports from c1");
            assertTrue(m2.ir().imports().stream().map(WirImport::module).anyMatch("session:cells/c1"::equals));
            assertTrue(m2.wasm().length * 3 < m1.wasm().length, m2.wasm().length + " vs " + m1.wasm().length);
            String sym = m2.ir().imports().stream().filter(i -> i.module().equals("session:cells/c1")).findFirst()
                    .orElseThrow().name();
            assertEquals(1, s.definingModule(sym).orElseThrow());
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
    void dropRemovesAnItemUnlessSomethingStillUsesIt() {
        try (Session s = new Session()) {
            ok(s, "fn f() -> i32 { 1 }");
            ok(s, "fn g() -> i32 { f() + 1 }");
            ok(s, "struct Unused;");
            DropResult refused = s.drop("f");
            assertFalse(refused.dropped());
            assertTrue(s.render(refused.diagnostics(), false).contains("cannot find function `f`"),
                    s.render(refused.diagnostics(), false));
            assertEquals("2", value(s, "g()"));
            DropResult unknown = s.drop("nothing");
            assertFalse(unknown.dropped());
            assertTrue(unknown.diagnostics().isEmpty());
            assertTrue(s.drop("g").dropped());
            assertTrue(s.drop("Unused").dropped());
            assertEquals(List.of(1), s.definitions().stream().map(ItemDefinition::cell).toList());
            assertEquals(CellStatus.ERROR, s.eval("g()").status());
            assertEquals("1", value(s, "f()"));
        }
    }
}
