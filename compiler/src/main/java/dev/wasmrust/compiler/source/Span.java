package dev.wasmrust.compiler.source;

/**
 * A half-open range {@code [lo, hi)} of UTF-16 offsets into one {@link SourceFile} of a {@link SourceMap}.
 * Offsets, not line/column pairs, so spans stay cheap to create and compare; line and column are
 * computed only when a diagnostic is rendered.
 */
public record Span(int file, int lo, int hi) {
    public static final Span DUMMY = new Span(-1, 0, 0);

    public Span {
        if (hi < lo) {
            throw new IllegalArgumentException("span end before start: " + lo + ".." + hi);
        }
    }

    /** The smallest span covering both; spans of different files keep {@code this}. */
    public Span to(Span other) {
        if (other == null || other.file != file) {
            return this;
        }
        return new Span(file, Math.min(lo, other.lo), Math.max(hi, other.hi));
    }

    public Span shrinkToLo() {
        return new Span(file, lo, lo);
    }

    public Span shrinkToHi() {
        return new Span(file, hi, hi);
    }

    public boolean isDummy() {
        return file < 0;
    }

    public int length() {
        return hi - lo;
    }
}
