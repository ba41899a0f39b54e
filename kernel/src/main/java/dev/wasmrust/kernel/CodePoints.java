package dev.wasmrust.kernel;

/**
 * Cursor positions: Jupyter (protocol 5.2 and later) counts Unicode code points, Java strings count UTF-16
 * units, so an emoji before the cursor would shift every position by one without this conversion.
 */
final class CodePoints {
    private CodePoints() {}

    /** The UTF-16 index of code point {@code cursor} (clamped to the text). */
    static int toIndex(String text, int cursor) {
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(cursor, total)));
    }

    /** The code point position of UTF-16 index {@code index}. */
    static int toCodePoints(String text, int index) {
        return text.codePointCount(0, Math.max(0, Math.min(index, text.length())));
    }
}
