package dev.wasmrust.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.DomElement;
import dev.wasmrust.runtime.HostProfile;
import dev.wasmrust.runtime.InputSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Rust code draws on the browser profile's mocked {@code <canvas>}: {@code web::Canvas} makes the element in the
 * document and draws through its 2D context; {@code show()} gives a PNG display. Under a profile without a DOM the
 * cell is refused before it runs, naming the capability and the profile.
 */
class SessionBrowserCanvasTest {
    private static final String DRAW = String.join("\n",
            "let mut canvas = web::Canvas::new(40, 20);",
            "canvas.element().set_attribute(\"id\", \"art\");",
            "canvas.set_fill_style(\"#ff0000\");",
            "canvas.fill_rect(0.0, 0.0, 20.0, 20.0);",
            "canvas.set_fill_style(\"rgb(0, 0, 255)\");",
            "canvas.begin_path();",
            "canvas.arc(30.0, 10.0, 6.0, 0.0, 6.3);",
            "canvas.fill();",
            "canvas.show();",
            "println!(\"drawn\");");

    private record Display(String mime, String payload) {}

    @Test
    void aCellDrawsOnTheDocumentsCanvasAndShowsItAsAPng() throws Exception {
        try (Session s = new Session()) {
            s.switchProfile(HostProfile.BROWSER);
            StringBuilder out = new StringBuilder();
            List<Display> shown = new ArrayList<>();
            CellResult r = s.eval(DRAW, new CellIo((stream, text) -> out.append(text), InputSource.EMPTY,
                    (mime, payload) -> shown.add(new Display(mime, payload))));
            assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false) + r);
            assertEquals("drawn\n", out.toString());
            DomElement body = s.runtime().documentBody();
            List<DomElement> canvases = body.byTag("canvas");
            assertEquals(1, canvases.size(), body.outerHtml());
            assertEquals("<body><canvas width=\"40\" height=\"20\" id=\"art\"></canvas></body>", body.outerHtml());
            assertEquals("#0000ff", canvases.get(0).context2d().fillStyle(), "the context keeps its state");
            assertEquals(1, shown.size());
            assertEquals("image/png", shown.get(0).mime());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(shown.get(0).payload())));
            assertEquals(40, img.getWidth());
            assertEquals(20, img.getHeight());
            assertEquals(0xffff0000, img.getRGB(10, 10), "the filled rectangle");
            assertEquals(0xff0000ff, img.getRGB(30, 10), "the filled circle");
            assertEquals(0, img.getRGB(39, 0) >>> 24, "nothing drawn there");

            // a later cell draws on the same element: the canvas lives in the document, not in the cell
            CellResult more = s.eval("canvas.clear_rect(0.0, 0.0, 10.0, 10.0);", CellIo.discard());
            assertEquals(CellStatus.OK, more.status(), s.render(more.diagnostics(), false));
            assertEquals(0, canvases.get(0).context2d().pixel(5, 5));
            assertEquals(0xffff0000, canvases.get(0).context2d().pixel(15, 15));
            CellResult found = s.eval("(web::document().get_element_by_id(\"art\").is_some(), "
                    + "web::document().get_element_by_id(\"nope\").is_some())", CellIo.discard());
            assertEquals("(true, false)", found.value().orElseThrow(), "the canvas is found by a document query");
        }
    }

    @Test
    void withoutADomTheCellIsRefusedBeforeItRuns() {
        try (Session s = new Session()) {
            assertEquals(HostProfile.WASMTIME, s.profile());
            StringBuilder out = new StringBuilder();
            CellResult r = s.eval("println!(\"before\");\nlet c = web::Canvas::new(10, 10);", CellIo.collecting(out, out));
            assertEquals(CellStatus.ERROR, r.status());
            String message = s.render(r.diagnostics(), false);
            assertTrue(message.contains("capability `dom`") && message.contains("`wasmtime`"), message);
            assertEquals("", out.toString(), "nothing of the cell ran");
            // the profile-independent canvas still works there
            CellResult d = s.eval("let mut c = display::Canvas::new(4, 4);\nc.fill_rect(0.0, 0.0, 4.0, 4.0);\nc.show();",
                    CellIo.discard());
            assertEquals(CellStatus.OK, d.status(), s.render(d.diagnostics(), false));
        }
    }
}
