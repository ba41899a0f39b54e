package dev.wasmrust.compiler.patterns;

/**
 * A pattern taken apart for the algorithm: its constructor, one entry per field (null for a field the
 * pattern left out, which behaves as a wildcard but is not a pattern of its own), its type, the
 * pattern it came from, the arm it belongs to, and a number that orders patterns as rustc does
 * (arms in order, fields before the pattern that holds them).
 */
record DPat(Ctor ctor, DPat[] fields, PatType type, CPat source, int arm, int uid) {

    static Ctor ctorOf(DPat p) {
        return p == null ? Ctor.WILDCARD : p.ctor;
    }

    boolean isOr() {
        return ctor instanceof Ctor.Or;
    }

    /**
     * The fields of this pattern seen as {@code other} of arity {@code arity}: wildcards fill what the
     * pattern does not say, and a shorter {@code [a, .., z]} keeps its ends at the ends of a longer slice.
     */
    DPat[] specialize(Ctor other, int arity) {
        DPat[] out = new DPat[arity];
        if (ctor instanceof Ctor.Wildcard) {
            return out;
        }
        if (ctor instanceof Ctor.Slice s && s.shape().varLen() && other instanceof Ctor.Slice o
                && s.shape().arity() != o.shape().arity()) {
            int prefix = s.shape().prefix();
            int suffix = s.shape().suffix();
            for (int i = 0; i < prefix; i++) {
                out[i] = fields[i];
            }
            for (int i = 0; i < suffix; i++) {
                out[arity - 1 - i] = fields[fields.length - 1 - i];
            }
            return out;
        }
        System.arraycopy(fields, 0, out, 0, Math.min(arity, fields.length));
        return out;
    }

    @Override
    public String toString() {
        return ctor + "#" + uid;
    }
}
