package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The kernel's richer forms of output: tables of structs, display bundles (canvases as PNGs), WAT as HTML. */
class RichOutputTest {
    @Test
    void aListOfLikeStructsIsATable() {
        String html = DebugTable.html("[Point { x: 1, y: \"a, b\" }, Point { x: -2, y: \"<c>\" }]");
        assertTrue(html.contains("<th>x</th><th>y</th>"), html);
        assertTrue(html.contains("<tr><th>0</th><td>1</td><td>&quot;a, b&quot;</td></tr>"), html);
        assertTrue(html.contains("<td>&quot;&lt;c&gt;&quot;</td>"), html);
    }

    @Test
    void otherListsStayText() {
        assertNull(DebugTable.html("[1, 2, 3]"));
        assertNull(DebugTable.html("[A { x: 1 }, B { x: 2 }]"));
        assertNull(DebugTable.html("[A { x: 1 }, A { y: 2 }]"));
        assertNull(DebugTable.html("[]"));
        assertNull(DebugTable.html("Point { x: 1 }"));
    }

    @Test
    void displayBundlesCarryATextFormToo() {
        assertEquals("# Hi", DisplayBundles.of("text/markdown", "# Hi").get("text/plain"));
        assertEquals("[PNG image, 5 bytes]", DisplayBundles.of("image/png", "AQIDBPo=").get("text/plain"));
        MimeBundle canvas = DisplayBundles.of(DisplayBundles.CANVAS, "3 2\nfillRect 0 0 3 2\n");
        assertEquals("[canvas 3x2]", canvas.get("text/plain"));
        assertTrue(canvas.get("image/png").length() > 10);
    }

    @Test
    void watIsHighlightedAndEscaped() {
        String html = WatHtml.of("(module\n  (func $f (param i32) ;; a \"<comment>\"\n    i32.const -1))");
        assertTrue(html.contains("<span style=\"color:#d73a49\">module</span>"), html);
        assertTrue(html.contains(">$f</span>"), html);
        assertTrue(html.contains(">i32.const</span>"), html);
        assertTrue(html.contains(">-1</span>"), html);
        assertTrue(html.contains("&lt;comment&gt;"), html);
    }
}
