package dev.wasmrust.compiler.thir;

import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.types.Type;
import java.util.List;

/** A checked function; {@code symbol} is unique in the program (nested functions get a path-like name). */
public record TFunction(String symbol, List<TLocal> params, Type ret, TExpr body, Span span, int typeParams) {
    public TFunction {
        params = List.copyOf(params);
    }

    public TFunction(String symbol, List<TLocal> params, Type ret, TExpr body, Span span) {
        this(symbol, params, ret, body, span, 0);
    }
}
