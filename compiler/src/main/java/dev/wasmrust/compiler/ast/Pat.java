package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

public sealed interface Pat {
    Span span();

    record Wild(Span span) implements Pat {}

    /** {@code ref mut name @ sub}; {@code sub} may be null. Whether a bare name is a binding or a
     * constant/unit variant is decided by name resolution, not here. */
    record IdentPat(boolean byRef, Mutability mutability, Ident name, Pat sub, Span span) implements Pat {}

    /** A literal, possibly negated ({@code -1}): an {@link Expr.LitExpr} or a {@link Expr.Unary} NEG of one. */
    record LitPat(Expr expr, Span span) implements Pat {}

    /** {@code lo..=hi}, {@code lo..hi}, {@code lo..}, {@code ..=hi}; ends are literal or path exprs, may be null. */
    record RangePat(Expr lo, Expr hi, boolean inclusive, Span span) implements Pat {}

    record TuplePat(List<Pat> elems, Span span) implements Pat {
        public TuplePat {
            elems = List.copyOf(elems);
        }
    }

    /** {@code Path { a, b: p, .. }}. */
    record StructPat(QSelf qself, Path path, List<FieldPat> fields, boolean rest, Span span) implements Pat {
        public StructPat {
            fields = List.copyOf(fields);
        }
    }

    record TupleStructPat(QSelf qself, Path path, List<Pat> elems, Span span) implements Pat {
        public TupleStructPat {
            elems = List.copyOf(elems);
        }
    }

    /** A path pattern with more than one segment or with a qualified self ({@code None} is an IdentPat). */
    record PathPat(QSelf qself, Path path, Span span) implements Pat {}

    record SlicePat(List<Pat> elems, Span span) implements Pat {
        public SlicePat {
            elems = List.copyOf(elems);
        }
    }

    /** {@code ..} inside a tuple, tuple-struct or slice pattern. */
    record Rest(Span span) implements Pat {}

    /** {@code &pat}, {@code &mut pat}. */
    record RefPat(Mutability mutability, Pat pat, Span span) implements Pat {}

    record OrPat(List<Pat> alts, Span span) implements Pat {
        public OrPat {
            alts = List.copyOf(alts);
        }
    }

    record ParenPat(Pat inner, Span span) implements Pat {}

    /** {@code box pat} (unstable, parsed so it can be reported). */
    record BoxPat(Pat inner, Span span) implements Pat {}

    record MacroPat(MacroCall mac, Span span) implements Pat {}

    record Error(Span span) implements Pat {}

    /** {@code name: pat} or the shorthand {@code ref mut name}. */
    record FieldPat(List<Attr> attrs, Ident name, Pat pat, boolean shorthand, Span span) {
        public FieldPat {
            attrs = List.copyOf(attrs);
        }
    }
}
