package dev.wasmrust.kernel;

import dev.wasmrust.runtime.CanvasPng;
import java.util.Locale;

/**
 * A {@code display::…} call from a cell as a MIME bundle: the form it was given in, plus the
 * {@code text/plain} form every front end can show (the text itself for text forms, a short description
 * for HTML, SVG and images).
 */
final class DisplayBundles {
    /** What {@code display::Canvas::show()} sends: its size and drawing commands, rendered here to a PNG. */
    static final String CANVAS = "application/vnd.wasmrust.canvas";

    private DisplayBundles() {}

    static MimeBundle of(String mime, String payload) {
        switch (mime) {
            case "text/plain":
                return MimeBundle.text(payload);
            case "text/markdown":
            case "application/json":
                return MimeBundle.text(payload).put(mime, payload);
            case "image/png": {
                int pad = payload.endsWith("==") ? 2 : payload.endsWith("=") ? 1 : 0;
                long bytes = (long) payload.length() / 4 * 3 - pad;
                return MimeBundle.text(String.format(Locale.ROOT, "[PNG image, %,d bytes]", bytes)).put(mime, payload);
            }
            case CANVAS: {
                CanvasPng.Result r = CanvasPng.render(payload);
                String note = r.problems().isEmpty() ? "" : " (" + String.join("; ", r.problems()) + ")";
                return MimeBundle.text("[canvas " + r.width() + "x" + r.height() + "]" + note).put("image/png", r.pngBase64());
            }
            case "image/svg+xml":
                return MimeBundle.text("[SVG image]").put(mime, payload);
            case "text/html":
                return MimeBundle.text("[HTML]").put(mime, payload);
            default:
                return MimeBundle.text("[" + mime + "]").put(mime, payload);
        }
    }
}
