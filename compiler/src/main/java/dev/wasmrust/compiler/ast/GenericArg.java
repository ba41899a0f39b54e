package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

public sealed interface GenericArg {
    Span span();

    record LifetimeArg(Lifetime lifetime) implements GenericArg {
        public Span span() {
            return lifetime.span();
        }
    }

    record TypeArg(Ty ty) implements GenericArg {
        public Span span() {
            return ty.span();
        }
    }

    /** A const argument: a literal, a block {@code {N + 1}}, or a path the resolver disambiguates. */
    record ConstArg(Expr value) implements GenericArg {
        public Span span() {
            return value.span();
        }
    }

    /** {@code Item = T} (with optional generic args on the associated item). */
    record Binding(Ident name, GenericArgs args, Ty ty, Span span) implements GenericArg {}

    /** {@code Item: Bound + Bound}. */
    record Constraint(Ident name, GenericArgs args, List<Bound> bounds, Span span) implements GenericArg {
        public Constraint {
            bounds = List.copyOf(bounds);
        }
    }
}
