package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

public sealed interface WherePredicate {
    Span span();

    /** {@code for<'a> T: Bound + Bound}. */
    record BoundPredicate(List<GenericParam> forLifetimes, Ty ty, List<Bound> bounds, Span span) implements WherePredicate {
        public BoundPredicate {
            forLifetimes = List.copyOf(forLifetimes);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code 'a: 'b + 'c}. */
    record LifetimePredicate(Lifetime lifetime, List<Lifetime> bounds, Span span) implements WherePredicate {
        public LifetimePredicate {
            bounds = List.copyOf(bounds);
        }
    }
}
