package dev.wasmrust.runtime;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The browser profile's mocked {@code CanvasRenderingContext2D}: the drawing state a 2D context keeps (fill and
 * stroke styles, line width, the current path) and the canvas's pixels, drawn on a headless Java2D image with
 * the browser's semantics: CSS colors, angles in radians clockwise from the x axis, negative rectangle sizes
 * extending the other way. Mutable, like the context it imitates; used on the thread running the wasm code.
 */
public final class Canvas2D {
    /** Browsers cap a canvas's side too; this keeps a mistyped size from exhausting the heap. */
    static final int MAX_SIDE = 4096;

    private final BufferedImage image;
    private final List<String> problems = new ArrayList<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float lineWidth = 1f;
    private Path2D.Double path = new Path2D.Double();

    public Canvas2D(int width, int height) {
        image = new BufferedImage(clamp(width), clamp(height), BufferedImage.TYPE_INT_ARGB);
    }

    static int clamp(int side) {
        return Math.max(1, Math.min(MAX_SIDE, side));
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** A pixel as ARGB (transparent black where nothing was drawn). */
    public int pixel(int x, int y) {
        return image.getRGB(x, y);
    }

    /** What could not be drawn as asked (unknown colors, drawn black), for a note beside the image. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String fillStyle() {
        return CssColor.serialize(fill);
    }

    public String strokeStyle() {
        return CssColor.serialize(stroke);
    }

    public double lineWidth() {
        return lineWidth;
    }

    public void setFillStyle(String css) {
        fill = color(css);
    }

    public void setStrokeStyle(String css) {
        stroke = color(css);
    }

    /** As in browsers, a width that is not a positive number is ignored. */
    public void setLineWidth(double w) {
        if (w > 0 && Double.isFinite(w)) {
            lineWidth = (float) w;
        }
    }

    public void fillRect(double x, double y, double w, double h) {
        paint(g -> {
            g.setColor(fill);
            g.fill(rect(x, y, w, h));
        });
    }

    public void strokeRect(double x, double y, double w, double h) {
        paint(g -> {
            g.setColor(stroke);
            g.setStroke(new BasicStroke(lineWidth));
            g.draw(rect(x, y, w, h));
        });
    }

    public void clearRect(double x, double y, double w, double h) {
        paint(g -> {
            g.setComposite(AlphaComposite.Clear);
            g.fill(rect(x, y, w, h));
        });
    }

    public void beginPath() {
        path = new Path2D.Double();
    }

    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    public void moveTo(double x, double y) {
        path.moveTo(finite(x), finite(y));
    }

    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(finite(x), finite(y));
        } else {
            path.lineTo(finite(x), finite(y));
        }
    }

    /** A canvas arc (radians, clockwise on screen) as Java2D's (degrees, counterclockwise on screen). */
    public void arc(double x, double y, double radius, double startAngle, double endAngle) {
        double r = Math.abs(finite(radius));
        double start = finite(startAngle);
        double sweep = finite(endAngle) - start;
        if (sweep >= 2 * Math.PI) {
            sweep = 2 * Math.PI;
        } else {
            sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        }
        Arc2D arc = new Arc2D.Double(finite(x) - r, finite(y) - r, 2 * r, 2 * r, -Math.toDegrees(start),
                -Math.toDegrees(sweep), Arc2D.OPEN);
        path.append(arc, path.getCurrentPoint() != null);
    }

    public void fill() {
        paint(g -> {
            g.setColor(fill);
            g.fill(path);
        });
    }

    public void stroke() {
        paint(g -> {
            g.setColor(stroke);
            g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(path);
        });
    }

    /** The canvas's pixels as a PNG file, as {@code canvas.toDataURL()} encodes them. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void paint(java.util.function.Consumer<Graphics2D> draw) {
        // a Graphics2D per call: its composite and stroke settings then never leak from one call to the next
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw.accept(g);
        } finally {
            g.dispose();
        }
    }

    private Color color(String css) {
        Color c = CssColor.parse(css);
        if (c == null) {
            problems.add("unknown color `" + css.trim() + "` (drawn in black)");
            return Color.BLACK;
        }
        return c;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static Rectangle2D rect(double x, double y, double w, double h) {
        double fx = finite(x);
        double fy = finite(y);
        double fw = finite(w);
        double fh = finite(h);
        return new Rectangle2D.Double(Math.min(fx, fx + fw), Math.min(fy, fy + fh), Math.abs(fw), Math.abs(fh));
    }
}
