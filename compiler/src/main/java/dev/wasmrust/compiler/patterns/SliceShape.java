package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * The constructor of an array or slice value or pattern: a fixed length, or {@code prefix} elements,
 * a {@code ..} and {@code suffix} elements. {@code arrayLen} is the array's length, or -1 for a slice.
 */
record SliceShape(int arrayLen, boolean varLen, int prefix, int suffix) {

    static SliceShape fixed(int arrayLen, int len) {
        return new SliceShape(arrayLen, false, len, 0);
    }

    /** A {@code ..} that can only stand for nothing, in an array, is the fixed length it amounts to. */
    static SliceShape of(int arrayLen, boolean varLen, int prefix, int suffix) {
        if (varLen && arrayLen >= 0 && prefix + suffix == arrayLen) {
            return fixed(arrayLen, arrayLen);
        }
        return new SliceShape(arrayLen, varLen, prefix, suffix);
    }

    int arity() {
        return prefix + suffix;
    }

    boolean coversLength(int len) {
        return varLen ? arity() <= len : arity() == len;
    }

    /** A piece of a split shape and whether some shape of the column covers it. */
    record Piece(SliceShape shape, boolean seen) {}

    /**
     * Splits the shape {@code [..]} of this array or slice type by the shapes in a column: every length
     * below a bound {@code L} alone, and all lengths from {@code L} on together, where {@code L} is past
     * every fixed length and every prefix-plus-suffix of the column.
     */
    List<Piece> split(List<SliceShape> column) {
        int maxPrefix = prefix;
        int maxSuffix = suffix;
        boolean maxVar = varLen;
        int minVarLen = Integer.MAX_VALUE;
        java.util.BitSet seenFixed = new java.util.BitSet();
        int smallerFrom = 0;
        int smallerTo = 0;
        if (varLen) {
            // start at 1 so an empty element type keeps the zero-length slice apart
            int fixedBound = 1;
            for (SliceShape s : column) {
                if (!s.varLen) {
                    fixedBound = Math.max(fixedBound, s.arity() + 1);
                    seenFixed.set(s.arity());
                } else {
                    maxPrefix = Math.max(maxPrefix, s.prefix);
                    maxSuffix = Math.max(maxSuffix, s.suffix);
                    minVarLen = Math.min(minVarLen, s.arity());
                }
            }
            if (fixedBound > maxPrefix + maxSuffix) {
                maxPrefix += fixedBound - (maxPrefix + maxSuffix);
            }
            if (arrayLen >= 0 && maxPrefix + maxSuffix >= arrayLen) {
                maxVar = false;
                maxPrefix = arrayLen;
                maxSuffix = 0;
            }
            if (arrayLen < 0) {
                smallerFrom = arity();
                smallerTo = maxPrefix + maxSuffix;
            }
        } else {
            for (SliceShape s : column) {
                if (!s.varLen) {
                    if (s.arity() == arity()) {
                        seenFixed.set(s.arity());
                    }
                } else {
                    minVarLen = Math.min(minVarLen, s.arity());
                }
            }
        }
        List<SliceShape> shapes = new ArrayList<>();
        for (int len = smallerFrom; len < smallerTo; len++) {
            shapes.add(fixed(arrayLen, len));
        }
        shapes.add(maxVar ? of(arrayLen, true, maxPrefix, maxSuffix) : fixed(arrayLen, maxPrefix + maxSuffix));
        List<Piece> out = new ArrayList<>();
        for (SliceShape s : shapes) {
            int a = s.arity();
            out.add(new Piece(s, minVarLen <= a || seenFixed.get(a)));
        }
        return out;
    }
}
