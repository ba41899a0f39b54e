package dev.wasmrust.runtime;

import java.util.Locale;

/**
 * Receives a cell's rich output: each call of the standard library's {@code display::html(..)},
 * {@code display::png(..)}, ... in order with the cell's text output (see {@link DisplayDemux}). A notebook
 * kernel turns them into {@code display_data}; a terminal shows a short summary.
 */
@FunctionalInterface
public interface DisplaySink {
    /**
     * One display: its MIME type ({@code text/html}, {@code image/svg+xml}, {@code text/markdown},
     * {@code application/json}, {@code text/plain}, {@code image/png}; {@value #CLEAR} clears the cell's
     * output) and its payload (the text; base64 for {@code image/png}).
     */
    void display(String mime, String payload);

    /** The pseudo MIME type of {@code display::clear()}. */
    String CLEAR = "clear";

    /**
     * Leaves display blocks in the stdout text, for an engine that filters the runtime's output itself and
     * applies {@link DisplayDemux} to what it passes on.
     */
    DisplaySink PASS_THROUGH = (mime, payload) -> { };

    DisplaySink DISCARD = (mime, payload) -> { };

    /**
     * A terminal's view of a display: text forms (Markdown, JSON, plain text) as they are, others as a
     * one-line note such as {@code [display text/html, 123 bytes]}, on stdout.
     */
    static DisplaySink summary(OutputListener out) {
        return (mime, payload) -> {
            switch (mime) {
                case CLEAR -> { }
                case "application/vnd.wasmrust.canvas" -> out.output(StdStream.STDOUT, "[display canvas "
                        + payload.lines().findFirst().orElse("").trim().replace(' ', 'x') + ": shown as an image in a notebook]\n");
                case "text/markdown", "application/json", "text/plain" ->
                        out.output(StdStream.STDOUT, payload.endsWith("\n") ? payload : payload + "\n");
                default -> {
                    long bytes = mime.equals("image/png") ? base64Bytes(payload)
                            : payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    out.output(StdStream.STDOUT, String.format(Locale.ROOT, "[display %s, %,d bytes]%n", mime, bytes));
                }
            }
        };
    }

    private static long base64Bytes(String b64) {
        int pad = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
        return (long) b64.length() / 4 * 3 - pad;
    }
}
