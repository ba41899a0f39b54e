package dev.wasmrust.compiler.thir;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import java.util.List;

/** Checked patterns; each carries the type of the value it matches. */
public sealed interface TPat {
    Type type();

    Span span();

    enum BindMode { MOVE, REF, REF_MUT }

    record Wild(Type type, Span span) implements TPat {}

    /** {@code x}, {@code mut x}, {@code ref x}, {@code x @ sub}. */
    record Binding(TLocal local, BindMode mode, TPat sub, Type type, Span span) implements TPat {}

    /** A literal or constant compared for equality. */
    record Lit(TExpr value, Type type, Span span) implements TPat {}

    /** {@code lo..=hi}, {@code lo..hi}; either bound may be null (half-open). */
    record Range(TExpr lo, TExpr hi, boolean inclusive, Type type, Span span) implements TPat {}

    record Tuple(List<TPat> elems, Type type, Span span) implements TPat {
        public Tuple {
            elems = List.copyOf(elems);
        }
    }

    /** A struct or enum variant; {@code fields} are in declaration order (missing ones are {@link Wild}). */
    record Variant(Type.Adt adt, int variant, List<TPat> fields, Type type, Span span) implements TPat {
        public Variant {
            fields = List.copyOf(fields);
        }
    }

    /** {@code &p}, or an implicit dereference by default binding modes (then {@code implicit}). */
    record Deref(TPat inner, boolean implicit, Type type, Span span) implements TPat {}

    record Or(List<TPat> alts, Type type, Span span) implements TPat {
        public Or {
            alts = List.copyOf(alts);
        }
    }

    /** {@code [a, b, rest @ .., z]} on arrays and slices; {@code rest} is null without {@code ..}. */
    record Slice(List<TPat> prefix, TPat rest, boolean hasRest, List<TPat> suffix, Type type, Span span) implements TPat {
        public Slice {
            prefix = List.copyOf(prefix);
            suffix = List.copyOf(suffix);
        }
    }
}
