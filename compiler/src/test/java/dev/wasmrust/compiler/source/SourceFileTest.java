package dev.wasmrust.compiler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines and columns as rustc counts them: characters, not bytes or UTF-16 units; CRLF and BOM normalised. */
class SourceFileTest {
    @Test
    void columnsCountCharactersAndByteOffsetsCountUtf8() {
        String text = "let crab = \"🦀é\"; x\n";
        SourceFile f = SourceFile.of(0, "t.rs", text);
        int x = text.indexOf('x');
        assertEquals(1, f.line(x));
        // 🦀 is one character (two UTF-16 units, four bytes), é one character (two bytes)
        assertEquals(18, f.column(x));
        assertEquals(x + 3, f.byteOffset(x));
        assertEquals(new String(text.substring(0, x)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length, f.byteOffset(x));
    }

    @Test
    void crlfAndBomAreNormalisedLikeRustc() {
        SourceFile f = SourceFile.of(0, "t.rs", "\uFEFFfn main() {\r\n\tlet x = 1;\r\n}\r\n");
        assertEquals("fn main() {\n\tlet x = 1;\n}\n", f.text());
        int let = f.text().indexOf("let");
        assertEquals(2, f.line(let));
        assertEquals(2, f.column(let));
        assertEquals("\tlet x = 1;", f.lineText(2));
    }

    @Test
    void aFinalNewlineDoesNotStartALine() {
        SourceFile f = SourceFile.of(0, "t.rs", "a\nb\n");
        assertEquals(2, f.lineCount());
        assertEquals(2, f.line(f.text().length()));
        assertEquals(3, f.column(f.text().length()));
        assertEquals("b", f.lineText(2));
    }
}
