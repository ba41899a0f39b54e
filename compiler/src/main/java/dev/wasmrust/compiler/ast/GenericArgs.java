package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/** {@code <A, B, Item = C>} or the parenthesized sugar {@code Fn(A, B) -> C}. */
public sealed interface GenericArgs {
    Span span();

    record AngleBracketed(List<GenericArg> args, Span span) implements GenericArgs {
        public AngleBracketed {
            args = List.copyOf(args);
        }
    }

    /** {@code output} is null when there is no {@code -> T}. */
    record Parenthesized(List<Ty> inputs, Ty output, Span span) implements GenericArgs {
        public Parenthesized {
            inputs = List.copyOf(inputs);
        }
    }
}
