package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/** A bound in {@code T: Bound}, {@code impl Bound}, {@code dyn Bound}. */
public sealed interface Bound {
    Span span();

    /**
     * {@code ?Sized}, {@code for<'a> Fn(&'a T)}, {@code ~const Trait}, {@code (Trait)}.
     * {@code maybe} is the {@code ?} modifier.
     */
    record TraitBound(boolean maybe, boolean maybeConst, List<GenericParam> forLifetimes, Path path, Span span)
            implements Bound {
        public TraitBound {
            forLifetimes = List.copyOf(forLifetimes);
        }
    }

    record LifetimeBound(Lifetime lifetime) implements Bound {
        public Span span() {
            return lifetime.span();
        }
    }

    /** {@code use<'a, T>} precise-capturing bound (parsed for completeness). */
    record UseBound(List<GenericArg> args, Span span) implements Bound {
        public UseBound {
            args = List.copyOf(args);
        }
    }
}
