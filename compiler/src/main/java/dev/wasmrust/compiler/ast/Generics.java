package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/** Generic parameters and the where clause of an item; {@link #EMPTY}-like when absent (empty lists). */
public record Generics(List<GenericParam> params, List<WherePredicate> where, Span span) {
    public Generics {
        params = List.copyOf(params);
        where = List.copyOf(where);
    }

    public static Generics empty(Span at) {
        return new Generics(List.of(), List.of(), at);
    }

    public boolean isEmpty() {
        return params.isEmpty() && where.isEmpty();
    }
}
