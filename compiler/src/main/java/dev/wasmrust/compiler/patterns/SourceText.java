package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;

/** The little source inspection rustc's suggestions need: indentation, line breaks, a following comma. */
final class SourceText {
    private SourceText() {}

    /** The indentation of the line {@code span} starts on. */
    static String indentationBefore(SourceMap sm, Span span) {
        SourceFile f = sm.file(span);
        int start = f.lineStarts()[f.line(span.lo()) - 1];
        int end = start;
        while (end < span.lo() && Character.isWhitespace(f.text().charAt(end))) {
            end++;
        }
        return f.text().substring(start, end);
    }

    /** Whether the text from {@code lo} to {@code hi} crosses a line break. */
    static boolean isMultiline(SourceMap sm, Span span, int lo, int hi) {
        SourceFile f = sm.file(span);
        return f.text().substring(lo, hi).indexOf('\n') >= 0;
    }

    /** {@code span} extended over following blanks and commas (rustc's test for an arm ending a line). */
    static int extendOverBlanksAndCommas(SourceMap sm, Span span) {
        String text = sm.file(span).text();
        int hi = span.hi();
        while (hi < text.length() && (Character.isWhitespace(text.charAt(hi)) || text.charAt(hi) == ',')) {
            hi++;
        }
        return hi;
    }

    /** {@code span}, extended to a comma that follows it after blanks, if there is one. */
    static Span withTrailingComma(SourceMap sm, Span span) {
        String text = sm.file(span).text();
        int i = span.hi();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',' ? new Span(span.file(), span.lo(), i + 1) : span;
    }

    static String slice(SourceMap sm, Span span) {
        return sm.file(span).slice(span);
    }
}
