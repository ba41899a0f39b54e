package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pattern as the type checker hands it over: paths already resolved to variant indices, literals
 * already evaluated. The span of each pattern is used only for reporting and may be null.
 *
 * <p>Default binding modes need no marking: a pattern that is not a wildcard, binding, {@code &p} or
 * or-pattern, checked against a reference type, is taken as matched through that reference, which is
 * what the type checker would have inferred.
 */
public sealed interface CPat {
    Span span();

    /** {@code _}. */
    record Wild(Span span) implements CPat {}

    /** {@code x}, {@code ref x}, {@code mut x}; {@code x @ sub} when {@code sub} is not null. */
    record Bind(String name, CPat sub, Span span) implements CPat {}

    record BoolLit(boolean value, Span span) implements CPat {}

    /** An integer literal, negative ones included. */
    record IntLit(BigInteger value, Span span) implements CPat {}

    record CharLit(int codePoint, Span span) implements CPat {}

    /** A literal of an opaque type ({@code "a"}, {@code 1.5}); two are the same value when their texts are equal. */
    record OpaqueLit(String text, Span span) implements CPat {}

    /**
     * {@code lo..=hi}, {@code lo..hi}, {@code lo..}, {@code ..=hi} over integers or chars (as code points);
     * a missing end is null.
     */
    record Range(BigInteger lo, BigInteger hi, boolean inclusive, Span span) implements CPat {}

    /**
     * An enum variant or a struct (index 0) with one pattern per field in declaration order; a field the
     * pattern leaves out ({@code ..}) is null.
     */
    record Variant(int index, List<CPat> fields, Span span) implements CPat {
        public Variant {
            fields = Collections.unmodifiableList(new ArrayList<>(fields));
        }
    }

    /** A tuple pattern; elements skipped by {@code ..} are null. */
    record Tuple(List<CPat> elems, Span span) implements CPat {
        public Tuple {
            elems = Collections.unmodifiableList(new ArrayList<>(elems));
        }
    }

    /** {@code &p} or {@code &mut p}. */
    record Ref(CPat inner, Span span) implements CPat {}

    /** {@code [a, b, .., z]}: {@code hasRest} says whether the {@code ..} is there. */
    record Slice(List<CPat> prefix, boolean hasRest, List<CPat> suffix, Span span) implements CPat {
        public Slice {
            prefix = List.copyOf(prefix);
            suffix = List.copyOf(suffix);
        }
    }

    record Or(List<CPat> alts, Span span) implements CPat {
        public Or {
            alts = List.copyOf(alts);
        }
    }

    // ---- span-less conveniences, for tests and synthesized patterns ----

    static CPat wild() {
        return new Wild(null);
    }

    static CPat bool(boolean b) {
        return new BoolLit(b, null);
    }

    static CPat integer(long v) {
        return new IntLit(BigInteger.valueOf(v), null);
    }

    static CPat variant(int index, CPat... fields) {
        return new Variant(index, java.util.Arrays.asList(fields), null);
    }

    static CPat tuple(CPat... elems) {
        return new Tuple(java.util.Arrays.asList(elems), null);
    }

    static CPat or(CPat... alts) {
        return new Or(List.of(alts), null);
    }
}
