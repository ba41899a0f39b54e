package dev.wasmrust.compiler.thir;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import java.util.List;

/**
 * A checked function; {@code symbol} is unique in the program (nested functions get a path-like name).
 * A closure's body is a function whose first parameter is its environment; {@code captures} says which
 * variables of the enclosing function it reads from there, in the environment's field order.
 */
public record TFunction(String symbol, List<TLocal> params, Type ret, TExpr body, Span span, int typeParams,
                        List<Capture> captures) {
    /** A variable a closure uses from its enclosing function: held by value, or by address ({@code byRef}). */
    public record Capture(TLocal local, boolean byRef) {}

    public TFunction {
        params = List.copyOf(params);
        captures = List.copyOf(captures);
    }

    public TFunction(String symbol, List<TLocal> params, Type ret, TExpr body, Span span, int typeParams) {
        this(symbol, params, ret, body, span, typeParams, List.of());
    }

    public TFunction(String symbol, List<TLocal> params, Type ret, TExpr body, Span span) {
        this(symbol, params, ret, body, span, 0);
    }
}
