package dev.wasmrust.compiler.patterns;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-empty half-open range {@code [lo, hi)} of integer (or char) values. The ends may be the
 * infinities {@link #NEG_INF} and {@link #POS_INF}: {@code usize} spans {@code [0, +inf)} and
 * {@code isize} {@code (-inf, +inf)}, so that their extreme values never complete a match; and as in
 * rustc, the value after the maximum of a 128-bit type is {@code +inf}.
 */
record IntRange(BigInteger lo, BigInteger hi, long fastLo, long fastHi) {
    /** Beyond every value of every integer type, so ordinary comparisons handle the infinities. */
    static final BigInteger POS_INF = BigInteger.ONE.shiftLeft(200);
    static final BigInteger NEG_INF = POS_INF.negate();
    private static final BigInteger WIDTH_128 = BigInteger.ONE.shiftLeft(128);
    /** Ends within this many bits, and the infinities, also have a {@code long} key that orders them alike. */
    private static final int FAST_BITS = 62;
    private static final long SLOW = 0L;

    IntRange(BigInteger lo, BigInteger hi) {
        this(lo, hi, fast(lo), fast(hi));
        if (lo.compareTo(hi) >= 0) {
            throw new IllegalArgumentException("empty range " + lo + ".." + hi);
        }
    }

    /**
     * Comparisons dominate splitting and specialization; most ends are small, so they compare as
     * longs: values of at most 62 bits as themselves (shifted up by one so that zero stays free to mean
     * "compare as BigInteger"), the infinities as the extreme longs.
     */
    private static long fast(BigInteger v) {
        if (v.equals(POS_INF)) {
            return Long.MAX_VALUE;
        }
        if (v.equals(NEG_INF)) {
            return Long.MIN_VALUE;
        }
        if (v.bitLength() <= FAST_BITS) {
            long x = v.longValue();
            return x >= 0 ? x + 1 : x;
        }
        return SLOW;
    }

    private static int compare(BigInteger a, long fa, BigInteger b, long fb) {
        if (fa != SLOW && fb != SLOW) {
            return Long.compare(fa, fb);
        }
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntRange r && lo.equals(r.lo) && hi.equals(r.hi);
    }

    @Override
    public int hashCode() {
        return lo.hashCode() * 31 + hi.hashCode();
    }

    /** The value after {@code v}: {@code +inf} after the maximum of a 128-bit type, as in rustc's encoding. */
    static BigInteger next(BigInteger v, BigInteger typeMax, boolean wide128) {
        if (v.equals(POS_INF) || v.equals(NEG_INF)) {
            return v;
        }
        return wide128 && v.equals(typeMax) ? POS_INF : v.add(BigInteger.ONE);
    }

    static boolean isWide128(PatType.Int t) {
        return t.max().subtract(t.min()).add(BigInteger.ONE).equals(WIDTH_128);
    }

    /** The values of a type as ranges: one for integers, two for chars (around the surrogates). */
    static List<IntRange> typeRanges(PatType t) {
        if (t instanceof PatType.Char) {
            return List.of(new IntRange(BigInteger.ZERO, BigInteger.valueOf(0xD800)),
                    new IntRange(BigInteger.valueOf(0xE000), BigInteger.valueOf(0x110000)));
        }
        PatType.Int i = (PatType.Int) t;
        if (i.pointerSized()) {
            return List.of(new IntRange(i.signed() ? NEG_INF : BigInteger.ZERO, POS_INF));
        }
        return List.of(new IntRange(i.min(), next(i.max(), i.max(), isWide128(i))));
    }

    /** {@code lo..=hi} or {@code lo..hi} in the type's values; a null end is the type's own end. */
    static IntRange of(BigInteger lo, BigInteger hi, boolean inclusive, PatType t) {
        BigInteger l = lo != null ? lo : typeLo(t);
        BigInteger h;
        if (hi == null) {
            h = typeHi(t);
        } else if (inclusive) {
            h = after(hi, t);
        } else {
            h = hi;
        }
        return new IntRange(l, h);
    }

    static IntRange singleton(BigInteger v, PatType t) {
        return new IntRange(v, after(v, t));
    }

    static BigInteger after(BigInteger v, PatType t) {
        if (t instanceof PatType.Int i) {
            return next(v, i.max(), isWide128(i));
        }
        return v.add(BigInteger.ONE);
    }

    private static BigInteger typeLo(PatType t) {
        return typeRanges(t).get(0).lo();
    }

    private static BigInteger typeHi(PatType t) {
        List<IntRange> rs = typeRanges(t);
        return rs.get(rs.size() - 1).hi();
    }

    boolean isSingleton(PatType t) {
        return !lo.equals(NEG_INF) && after(lo, t).equals(hi);
    }

    /** Whether every value of this range is below every value of {@code other}. */
    boolean endsBefore(IntRange other) {
        return compare(hi, fastHi, other.lo, other.fastLo) <= 0;
    }

    boolean isSubrangeOf(IntRange other) {
        return compare(other.lo, other.fastLo, lo, fastLo) <= 0 && compare(hi, fastHi, other.hi, other.fastHi) <= 0;
    }

    IntRange intersection(IntRange other) {
        if (compare(lo, fastLo, other.hi, other.fastHi) < 0 && compare(other.lo, other.fastLo, hi, fastHi) < 0) {
            boolean lowerIsMine = compare(lo, fastLo, other.lo, other.fastLo) >= 0;
            boolean upperIsMine = compare(hi, fastHi, other.hi, other.fastHi) <= 0;
            return new IntRange(lowerIsMine ? lo : other.lo, upperIsMine ? hi : other.hi,
                    lowerIsMine ? fastLo : other.fastLo, upperIsMine ? fastHi : other.fastHi);
        }
        return null;
    }

    /** A piece of a split range and whether some range of the column covers it. */
    record Piece(IntRange range, boolean seen) {}

    /**
     * Cuts {@code this} into the fewest pieces that every column range either contains or misses, in
     * order, each marked with whether a column range contains it.
     */
    List<Piece> split(List<IntRange> column) {
        List<Bound> bounds = new ArrayList<>(column.size() * 2);
        for (IntRange r : column) {
            IntRange x = intersection(r);
            if (x != null) {
                bounds.add(new Bound(x.lo, x.fastLo, 1));
                bounds.add(new Bound(x.hi, x.fastHi, -1));
            }
        }
        // only the count between distinct bounds matters, so the order of equal bounds does not
        bounds.sort((a, b) -> compare(a.value, a.fast, b.value, b.fast));
        List<Piece> out = new ArrayList<>();
        int open = 0;
        BigInteger prev = lo;
        long prevFast = fastLo;
        for (Bound b : bounds) {
            if (compare(b.value, b.fast, prev, prevFast) != 0) {
                out.add(new Piece(new IntRange(prev, b.value, prevFast, b.fast), open > 0));
                prev = b.value;
                prevFast = b.fast;
            }
            open += b.delta;
        }
        if (compare(hi, fastHi, prev, prevFast) != 0) {
            out.add(new Piece(new IntRange(prev, hi, prevFast, fastHi), open > 0));
        }
        return out;
    }

    private record Bound(BigInteger value, long fast, int delta) {}
}
