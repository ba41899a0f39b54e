package dev.wasmrust.compiler.borrow;

import java.util.List;

/**
 * What the borrow check needs of a called function's signature, one entry per argument (the receiver
 * first): what its result may borrow from each ({@code result}), and which are passed by value
 * ({@code byValue}: their loans can be stored by a `&mut self` method, as `push` stores its element).
 */
public record CallSignature(List<Origin> result, List<Boolean> byValue) {
    public static final CallSignature UNKNOWN = new CallSignature(List.of(), List.of());

    public CallSignature {
        result = List.copyOf(result);
        byValue = List.copyOf(byValue);
    }

    Origin origin(int arg) {
        return arg < result.size() ? result.get(arg) : Origin.NONE;
    }

    boolean byValue(int arg) {
        return arg < byValue.size() && byValue.get(arg);
    }
}
