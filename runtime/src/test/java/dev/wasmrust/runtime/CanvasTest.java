package dev.wasmrust.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The browser profile's canvas: the 2D context mock a {@code <canvas>} element owns (its state and pixels, and
 * the PNG it shows), and the renderer of {@code display::Canvas}'s recorded drawing, which replays on the same mock.
 */
class CanvasTest {
    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aCanvasElementOwnsOneContextOfItsAttributesSize() {
        DomElement canvas = new DomElement("canvas");
        canvas.attributes().put("width", "64");
        canvas.attributes().put("height", "32");
        Canvas2D c = canvas.context2d();
        assertSame(c, canvas.context2d(), "getContext('2d') gives the same context every time");
        assertEquals(64, c.width());
        assertEquals(32, c.height());
        assertEquals(300, new DomElement("canvas").context2d().width(), "a browser's default size");
        assertNull(new DomElement("div").context2d());
        DomElement body = new DomElement("body");
        body.append(new DomElement("p"));
        body.append(canvas);
        assertEquals(List.of(canvas), body.byTag("canvas"));
    }

    @Test
    void theContextKeepsTheDrawingStateAndThePixels() throws Exception {
        Canvas2D c = new Canvas2D(50, 40);
        assertEquals("#000000", c.fillStyle());
        c.setFillStyle("red");
        c.fillRect(5, 5, 10, 10);
        c.setFillStyle("rgba(0, 0, 255, 0.5)");
        assertEquals("#ff0000", CssColor.serialize(new java.awt.Color(255, 0, 0)));
        assertEquals("rgba(0, 0, 255, 0.502)", c.fillStyle());
        c.setLineWidth(-3);
        assertEquals(1.0, c.lineWidth(), "a non-positive width is ignored, as in browsers");
        c.fillRect(30, 30, -10, -10);
        assertEquals(0xffff0000, c.pixel(10, 10));
        assertEquals(0x800000ff, c.pixel(25, 25), "a negative size extends the other way");
        assertEquals(0, c.pixel(45, 5) >>> 24, "untouched pixels stay transparent");
        c.clearRect(0, 0, 12, 12);
        assertEquals(0, c.pixel(10, 10));
        assertEquals(0xffff0000, c.pixel(13, 13));
        BufferedImage png = image(c.png());
        assertEquals(50, png.getWidth());
        assertEquals(0xffff0000, png.getRGB(13, 13));
    }

    @Test
    void pathsAreFilledAndStrokedWithTheBrowsersAngles() {
        Canvas2D c = new Canvas2D(40, 40);
        // from angle 0 to pi clockwise on screen: the half below the center
        c.beginPath();
        c.arc(20, 20, 15, 0, Math.PI);
        c.fill();
        assertEquals(0xff000000, c.pixel(20, 28));
        assertEquals(0, c.pixel(20, 12) >>> 24);
        c.setStrokeStyle("#00ff00");
        c.setLineWidth(4);
        c.beginPath();
        c.moveTo(0, 2);
        c.lineTo(40, 2);
        c.stroke();
        assertEquals(0xff00ff00, c.pixel(20, 2));
        c.setStrokeStyle("nonsense");
        assertEquals(List.of("unknown color `nonsense` (drawn in black)"), c.problems());
    }

    @Test
    void recordedDrawingIsReplayedOnTheSameContext() throws Exception {
        CanvasPng.Result r = CanvasPng.render("100 50\nfillStyle #ff0000\nfillRect 10 10 20 20\nfillStyle rgb(0, 0, 255)\n"
                + "beginPath\narc 70 25 10 0 6.2831853\nfill\nstrokeStyle nonsense\nstroke\nwiggle 1\n");
        assertEquals(List.of("unknown color `nonsense` (drawn in black)", "unknown drawing command `wiggle`"), r.problems());
        BufferedImage img = image(Base64.getDecoder().decode(r.pngBase64()));
        assertEquals(100, img.getWidth());
        assertEquals(50, img.getHeight());
        assertEquals(0xffff0000, img.getRGB(20, 20));
        assertEquals(0xff0000ff, img.getRGB(70, 25));
        assertEquals(0, img.getRGB(45, 45) >>> 24);
    }
}
