package dev.wasmrust.compiler.wasmir;

/** Malformed WasmIR text; the message starts with {@code line:column}. */
public final class WirParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public WirParseException(int line, int column, String message) {
        super(line + ":" + column + ": " + message);
    }
}
