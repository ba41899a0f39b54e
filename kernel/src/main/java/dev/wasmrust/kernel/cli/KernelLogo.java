package dev.wasmrust.kernel.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The kernel's logo, drawn at the size Jupyter asks for (32 and 64 px): WebAssembly's violet square with
 * a notch, and Rust's gear ring inside it. Drawn with shapes only, so no font is needed on a headless machine.
 */
final class KernelLogo {
    private static final Color VIOLET = new Color(0x65, 0x4F, 0xF0);
    private static final Color RUST = new Color(0xDE, 0xA5, 0x84);

    private KernelLogo() {}

    static byte[] png(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double s = size;
            g.setColor(VIOLET);
            g.fill(new RoundRectangle2D.Double(0, 0, s, s, s / 5, s / 5));
            // the notch at the top of the WebAssembly logo
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fill(new Ellipse2D.Double(s * 0.34, -s * 0.16, s * 0.32, s * 0.32));
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            g.setColor(RUST);
            g.setStroke(new BasicStroke((float) (s * 0.09)));
            g.draw(new Ellipse2D.Double(s * 0.26, s * 0.3, s * 0.48, s * 0.48));
            for (int i = 0; i < 8; i++) {
                double a = Math.PI * 2 * i / 8;
                double cx = s * 0.5 + Math.cos(a) * s * 0.3;
                double cy = s * 0.54 + Math.sin(a) * s * 0.3;
                double r = s * 0.06;
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
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
        return out.toByteArray();
    }
}
