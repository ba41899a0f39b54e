package dev.wasmrust.compiler.patterns;

import java.math.BigInteger;

/** Integer and char values and ranges spelled as rustc spells constants in patterns it suggests. */
final class Values {
    private Values() {}

    /** {@code 5_u8}, {@code -1_i32}, {@code u8::MAX}, {@code i32::MIN}, {@code 'a'}. */
    static String value(BigInteger v, PatType type) {
        if (type instanceof PatType.Char) {
            return charLiteral(v.intValueExact());
        }
        PatType.Int t = (PatType.Int) type;
        if (t.signed() && v.equals(t.min())) {
            return t.rustName() + "::MIN";
        }
        if (v.equals(t.max())) {
            return t.rustName() + "::MAX";
        }
        return v + "_" + t.rustName();
    }

    /**
     * A range as rustc prints a missing range: inclusive where it can be, open-ended towards an
     * infinity, and {@code usize::MAX..} for the values past {@code usize::MAX} that rustc pretends exist.
     */
    static String range(IntRange r, PatType type) {
        if (r.lo().equals(IntRange.NEG_INF) && r.hi().equals(IntRange.POS_INF)) {
            return "_";
        }
        if (r.isSingleton(type)) {
            return value(r.lo(), type);
        }
        StringBuilder sb = new StringBuilder();
        if (!r.lo().equals(IntRange.NEG_INF)) {
            BigInteger max = type instanceof PatType.Int t ? t.max() : null;
            sb.append(value(max != null && r.lo().compareTo(max) > 0 ? max : r.lo(), type));
        }
        if (r.hi().equals(IntRange.POS_INF)) {
            return sb.append("..").toString();
        }
        BigInteger last = r.hi().subtract(BigInteger.ONE);
        if (type instanceof PatType.Int t && last.compareTo(t.min()) < 0) {
            return sb.append("..").append(value(r.hi(), type)).toString();
        }
        return sb.append("..=").append(value(last, type)).toString();
    }

    /** Whether a range stands for the values rustc imagines before {@code isize::MIN} or after {@code usize::MAX}. */
    static boolean beyondBoundaries(IntRange r, PatType type) {
        if (!(type instanceof PatType.Int t) || !t.pointerSized()) {
            return false;
        }
        return (!r.lo().equals(IntRange.NEG_INF) && r.lo().compareTo(t.max()) > 0) || r.hi().equals(t.min());
    }

    /** A char literal as Rust's {@code Debug} writes it. */
    static String charLiteral(int cp) {
        String body;
        switch (cp) {
            case 0 -> body = "\\0";
            case '\t' -> body = "\\t";
            case '\r' -> body = "\\r";
            case '\n' -> body = "\\n";
            case '\'' -> body = "\\'";
            case '\\' -> body = "\\\\";
            default -> body = CharEscapes.escaped(cp)
                    ? "\\u{" + Integer.toHexString(cp) + "}"
                    : new String(Character.toChars(cp));
        }
        return "'" + body + "'";
    }
}
