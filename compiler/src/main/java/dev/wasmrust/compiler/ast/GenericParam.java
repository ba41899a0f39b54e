package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

public sealed interface GenericParam {
    Span span();

    List<Attr> attrs();

    record LifetimeParam(List<Attr> attrs, Lifetime lifetime, List<Lifetime> bounds, Span span) implements GenericParam {
        public LifetimeParam {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code T: Bound = Default}; {@code dflt} may be null. */
    record TypeParam(List<Attr> attrs, Ident name, List<Bound> bounds, Ty dflt, Span span) implements GenericParam {
        public TypeParam {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code const N: usize = 3}; {@code dflt} may be null. */
    record ConstParam(List<Attr> attrs, Ident name, Ty ty, Expr dflt, Span span) implements GenericParam {
        public ConstParam {
            attrs = List.copyOf(attrs);
        }
    }
}
