package dev.wasmrust.compiler.source;

import java.util.Arrays;

/** One source text with its display name (a path as the user gave it, or {@code <cell 3>}). */
public record SourceFile(int id, String name, String text, int[] lineStarts) {

    public static SourceFile of(int id, String name, String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
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

    /** The text of a 1-based line without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
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
