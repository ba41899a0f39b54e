package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The kernel's richer forms of output: tables of structs, canvases as PNGs, display bundles, WAT as HTML. */
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

    private static BufferedImage image(String base64) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    @Test
    void aCanvasIsRenderedWithTheBrowsersSemantics() throws Exception {
        CanvasPng.Result r = CanvasPng.render("100 50\nfillStyle #ff0000\nfillRect 10 10 20 20\nfillStyle rgb(0, 0, 255)\n"
                + "beginPath\narc 70 25 10 0 6.2831853\nfill\nstrokeStyle nonsense\nstroke\n");
        assertEquals(List.of("unknown color `nonsense` (drawn in black)"), r.problems());
        BufferedImage img = image(r.pngBase64());
        assertEquals(100, img.getWidth());
        assertEquals(50, img.getHeight());
        assertEquals(0xffff0000, img.getRGB(20, 20));
        assertEquals(0xff0000ff, img.getRGB(70, 25));
        assertEquals(0, img.getRGB(45, 45) >>> 24, "untouched pixels stay transparent");
    }

    @Test
    void aHalfArcIsTheLowerHalfAsInTheBrowser() throws Exception {
        // from angle 0 to pi clockwise on screen: the half below the center
        CanvasPng.Result r = CanvasPng.render("40 40\nfillStyle black\nbeginPath\narc 20 20 15 0 3.14159265\nfill\n");
        BufferedImage img = image(r.pngBase64());
        assertEquals(0xff000000, img.getRGB(20, 28));
        assertEquals(0, img.getRGB(20, 12) >>> 24);
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
