package dev.wasmrust.kernel;

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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders a cell's {@code display::Canvas} to a PNG: its drawing commands (one per line, after a
 * {@code WIDTH HEIGHT} line) replayed on a Java2D surface with the semantics of the browser's 2D context:
 * a current path, fill and stroke styles as CSS colors, angles in radians clockwise from the x axis.
 */
final class CanvasPng {
    /** The canvas as a base64 PNG, and what could not be drawn (unknown colors are drawn black). */
    record Result(int width, int height, String pngBase64, List<String> problems) {}

    private static final int MAX_SIDE = 4096;
    private static final Map<String, Color> NAMED = Map.ofEntries(
            Map.entry("black", Color.BLACK), Map.entry("white", Color.WHITE), Map.entry("red", new Color(255, 0, 0)),
            Map.entry("green", new Color(0, 128, 0)), Map.entry("blue", new Color(0, 0, 255)),
            Map.entry("yellow", new Color(255, 255, 0)), Map.entry("orange", new Color(255, 165, 0)),
            Map.entry("purple", new Color(128, 0, 128)), Map.entry("gray", new Color(128, 128, 128)),
            Map.entry("grey", new Color(128, 128, 128)), Map.entry("pink", new Color(255, 192, 203)),
            Map.entry("brown", new Color(165, 42, 42)), Map.entry("cyan", new Color(0, 255, 255)),
            Map.entry("magenta", new Color(255, 0, 255)), Map.entry("lime", new Color(0, 255, 0)),
            Map.entry("navy", new Color(0, 0, 128)), Map.entry("teal", new Color(0, 128, 128)),
            Map.entry("transparent", new Color(0, 0, 0, 0)));

    private CanvasPng() {}

    static Result render(String payload) {
        List<String> lines = payload.lines().toList();
        List<String> problems = new ArrayList<>();
        String[] size = lines.isEmpty() ? new String[0] : lines.get(0).trim().split("\\s+");
        int w = size.length == 2 ? clampSide(size[0]) : 300;
        int h = size.length == 2 ? clampSide(size[1]) : 150;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color fill = Color.BLACK;
            Color stroke = Color.BLACK;
            float lineWidth = 1f;
            Path2D.Double path = new Path2D.Double();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] p = line.trim().split("\\s+", 2);
                String arg = p.length > 1 ? p[1] : "";
                double[] n = numbers(arg);
                switch (p[0]) {
                    case "fillStyle" -> fill = color(arg, problems);
                    case "strokeStyle" -> stroke = color(arg, problems);
                    case "lineWidth" -> lineWidth = n.length > 0 && n[0] > 0 ? (float) n[0] : lineWidth;
                    case "fillRect" -> {
                        g.setColor(fill);
                        g.fill(rect(n));
                    }
                    case "strokeRect" -> {
                        g.setColor(stroke);
                        g.setStroke(new BasicStroke(lineWidth));
                        g.draw(rect(n));
                    }
                    case "clearRect" -> {
                        g.setComposite(AlphaComposite.Clear);
                        g.fill(rect(n));
                        g.setComposite(AlphaComposite.SrcOver);
                    }
                    case "beginPath" -> path = new Path2D.Double();
                    case "closePath" -> {
                        if (path.getCurrentPoint() != null) {
                            path.closePath();
                        }
                    }
                    case "moveTo" -> path.moveTo(at(n, 0), at(n, 1));
                    case "lineTo" -> {
                        if (path.getCurrentPoint() == null) {
                            path.moveTo(at(n, 0), at(n, 1));
                        } else {
                            path.lineTo(at(n, 0), at(n, 1));
                        }
                    }
                    case "arc" -> path.append(arc(n), path.getCurrentPoint() != null);
                    case "fill" -> {
                        g.setColor(fill);
                        g.fill(path);
                    }
                    case "stroke" -> {
                        g.setColor(stroke);
                        g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                        g.draw(path);
                    }
                    case "" -> { }
                    default -> problems.add("unknown drawing command `" + p[0] + "`");
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(w, h, Base64.getEncoder().encodeToString(out.toByteArray()), problems);
    }

    private static int clampSide(String s) {
        try {
            return Math.max(1, Math.min(MAX_SIDE, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static double[] numbers(String arg) {
        if (arg.isBlank()) {
            return new double[0];
        }
        String[] parts = arg.trim().split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    private static double at(double[] n, int i) {
        return i < n.length && Double.isFinite(n[i]) ? n[i] : 0;
    }

    private static Rectangle2D rect(double[] n) {
        double x = at(n, 0);
        double y = at(n, 1);
        double w = at(n, 2);
        double h = at(n, 3);
        // the 2D context accepts negative sizes: the rectangle extends the other way
        return new Rectangle2D.Double(Math.min(x, x + w), Math.min(y, y + h), Math.abs(w), Math.abs(h));
    }

    /** A canvas arc (radians, clockwise on screen) as Java2D's (degrees, counterclockwise on screen). */
    private static Arc2D arc(double[] n) {
        double x = at(n, 0);
        double y = at(n, 1);
        double r = Math.abs(at(n, 2));
        double start = at(n, 3);
        double end = at(n, 4);
        double sweep = end - start;
        if (sweep >= 2 * Math.PI) {
            sweep = 2 * Math.PI;
        } else {
            sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        }
        return new Arc2D.Double(x - r, y - r, 2 * r, 2 * r, -Math.toDegrees(start), -Math.toDegrees(sweep), Arc2D.OPEN);
    }

    static Color color(String css, List<String> problems) {
        String c = css.trim().toLowerCase(Locale.ROOT);
        Color named = NAMED.get(c);
        if (named != null) {
            return named;
        }
        try {
            if (c.startsWith("#") && (c.length() == 4 || c.length() == 7)) {
                String hex = c.length() == 4
                        ? "" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3)
                        : c.substring(1);
                return new Color(Integer.parseInt(hex, 16));
            }
            if ((c.startsWith("rgb(") || c.startsWith("rgba(")) && c.endsWith(")")) {
                String[] p = c.substring(c.indexOf('(') + 1, c.length() - 1).split(",");
                int r = channel(p[0]);
                int gr = channel(p[1]);
                int b = channel(p[2]);
                int a = p.length > 3 ? (int) Math.round(Math.max(0, Math.min(1, Double.parseDouble(p[3].trim()))) * 255) : 255;
                return new Color(r, gr, b, a);
            }
        } catch (RuntimeException e) {
            // reported below like any other unknown color
        }
        problems.add("unknown color `" + css.trim() + "` (drawn in black)");
        return Color.BLACK;
    }

    private static int channel(String s) {
        return Math.max(0, Math.min(255, (int) Math.round(Double.parseDouble(s.trim()))));
    }
}
