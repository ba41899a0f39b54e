package dev.wasmrust.runtime;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/** CSS colors as a canvas's {@code fillStyle} accepts them: a few names, {@code #rgb}, {@code #rrggbb}, {@code rgb()}, {@code rgba()}. */
final class CssColor {
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

    private CssColor() {}

    /** The color, or null when the text is no color this parser knows. */
    static Color parse(String css) {
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
                int a = p.length > 3 ? (int) Math.round(Math.max(0, Math.min(1, Double.parseDouble(p[3].trim()))) * 255) : 255;
                return new Color(channel(p[0]), channel(p[1]), channel(p[2]), a);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** How a browser reads a color back from {@code fillStyle}: {@code #rrggbb}, or {@code rgba(..)} when translucent. */
    static String serialize(Color c) {
        if (c.getAlpha() == 255) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        }
        String alpha = c.getAlpha() == 0 ? "0" : String.format(Locale.ROOT, "%.3f", c.getAlpha() / 255.0).replaceAll("0+$", "");
        return "rgba(" + c.getRed() + ", " + c.getGreen() + ", " + c.getBlue() + ", " + alpha + ")";
    }

    private static int channel(String s) {
        return Math.max(0, Math.min(255, (int) Math.round(Double.parseDouble(s.trim()))));
    }
}
