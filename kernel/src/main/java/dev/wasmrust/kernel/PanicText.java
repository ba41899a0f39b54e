package dev.wasmrust.kernel;

/** The message of a panic, cut from the panic block a cell wrote to stderr ({@code thread 'main' panicked at …:}). */
final class PanicText {
    private PanicText() {}

    /** The panic's message (its first line), or a generic one when stderr holds no panic block. */
    static String message(String stderr) {
        int at = stderr.lastIndexOf("panicked at ");
        if (at < 0) {
            return "the cell panicked";
        }
        int lineEnd = stderr.indexOf('\n', at);
        if (lineEnd < 0) {
            return "the cell panicked";
        }
        String rest = stderr.substring(lineEnd + 1);
        int end = rest.indexOf('\n');
        String first = (end < 0 ? rest : rest.substring(0, end)).strip();
        return first.isEmpty() ? "the cell panicked" : first;
    }

    /** The location line ({@code <cell 3>:2:5}), or null. */
    static String location(String stderr) {
        int at = stderr.lastIndexOf("panicked at ");
        if (at < 0) {
            return null;
        }
        int lineEnd = stderr.indexOf('\n', at);
        String loc = stderr.substring(at + "panicked at ".length(), lineEnd < 0 ? stderr.length() : lineEnd).strip();
        return loc.endsWith(":") ? loc.substring(0, loc.length() - 1) : loc;
    }
}
