package dev.wasmrust.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellSplitterTest {
    @Test
    void aCellEndsWhereTheInputSoFarIsComplete() {
        String text = "// a comment\nlet x = 1;\nfn f(a: i32)\n    -> i32 {\n    a + 1\n}\n\n:vars\nlet s = \"two\nlines\";\nx +\n    1\n";
        assertEquals(List.of("let x = 1;", "fn f(a: i32)\n    -> i32 {\n    a + 1\n}", ":vars", "let s = \"two\nlines\";", "x +\n    1"),
                CellSplitter.split(text));
    }

    @Test
    void anUnfinishedCellAtTheEndIsStillACell() {
        assertEquals(List.of("let x = 1;", "fn f() {\n    ("), CellSplitter.split("let x = 1;\nfn f() {\n    ("));
    }

    @Test
    void programsAreRecognised() {
        assertTrue(CellSplitter.definesMain("fn helper() {}\nfn main() { helper(); }\n"));
        assertFalse(CellSplitter.definesMain("fn mainly() {}\nmain();\n"));
    }
}
