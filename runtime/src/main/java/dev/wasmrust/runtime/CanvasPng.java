package dev.wasmrust.runtime;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Renders {@code display::Canvas}'s recorded drawing (a {@code WIDTH HEIGHT} line, then one command per line,
 * named after the 2D context's methods) to a PNG by replaying it on a {@link Canvas2D}: the path that works in
 * every profile, beside the browser profile's live {@code <canvas>} (std/web.rs).
 */
public final class CanvasPng {
    /** The canvas as a base64 PNG, and what could not be drawn (unknown commands; unknown colors drawn black). */
    public record Result(int width, int height, String pngBase64, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private CanvasPng() {}

    public static Result render(String payload) {
        List<String> lines = payload.lines().toList();
        String[] size = lines.isEmpty() ? new String[0] : lines.get(0).trim().split("\\s+");
        Canvas2D c = new Canvas2D(size.length == 2 ? side(size[0]) : 300, size.length == 2 ? side(size[1]) : 150);
        List<String> problems = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] p = line.trim().split("\\s+", 2);
            String arg = p.length > 1 ? p[1] : "";
            double[] n = numbers(arg);
            switch (p[0]) {
                case "fillStyle" -> c.setFillStyle(arg);
                case "strokeStyle" -> c.setStrokeStyle(arg);
                case "lineWidth" -> c.setLineWidth(at(n, 0));
                case "fillRect" -> c.fillRect(at(n, 0), at(n, 1), at(n, 2), at(n, 3));
                case "strokeRect" -> c.strokeRect(at(n, 0), at(n, 1), at(n, 2), at(n, 3));
                case "clearRect" -> c.clearRect(at(n, 0), at(n, 1), at(n, 2), at(n, 3));
                case "beginPath" -> c.beginPath();
                case "closePath" -> c.closePath();
                case "moveTo" -> c.moveTo(at(n, 0), at(n, 1));
                case "lineTo" -> c.lineTo(at(n, 0), at(n, 1));
                case "arc" -> c.arc(at(n, 0), at(n, 1), at(n, 2), at(n, 3), at(n, 4));
                case "fill" -> c.fill();
                case "stroke" -> c.stroke();
                case "" -> { }
                default -> problems.add("unknown drawing command `" + p[0] + "`");
            }
        }
        List<String> all = new ArrayList<>(c.problems());
        all.addAll(problems);
        return new Result(c.width(), c.height(), Base64.getEncoder().encodeToString(c.png()), all);
    }

    private static int side(String s) {
        try {
            return Canvas2D.clamp(Integer.parseInt(s));
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
}
