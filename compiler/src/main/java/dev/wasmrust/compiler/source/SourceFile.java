package dev.wasmrust.compiler.source;

import java.util.Arrays;

/** One source text with its display name (a path as the user gave it, or {@code <cell 3>}). */
public record SourceFile(int id, String name, String text, int[] lineStarts) {

    /**
     * Like rustc, a byte-order mark is dropped and CRLF line ends become LF before lexing, so spans and
     * columns are the same whichever way the file was saved.
     */
    public static SourceFile of(int id, String name, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n");
        }
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            // a newline that ends the file does not begin another line (rustc places end-of-file on the last line)
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return new SourceFile(id, name, text, Arrays.copyOf(starts, n));
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset, counted in code points as rustc counts characters. */
    public int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /**
     * The UTF-8 byte offset rustc would give for a span offset (ours index the Java string, in UTF-16
     * units), for tools that exchange spans with rustc, such as JSON diagnostics.
     */
    public int byteOffset(int offset) {
        int bytes = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The text of a 1-based line without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public String slice(Span span) {
        return text.substring(span.lo(), span.hi());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile f && f.id == id && f.name.equals(name) && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return id * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return "SourceFile[" + id + ", " + name + "]";
    }
}
