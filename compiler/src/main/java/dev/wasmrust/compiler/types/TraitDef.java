package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * A trait: its methods (a null body is required, a body is a default) and where it is defined.
 * Traits are dispatched statically: a call through a bound is resolved to an impl when the generic
 * function is instantiated. {@code params} names a generic trait's type parameters ({@code FromIterator<A>}),
 * {@code assocTypes} its associated types ({@code type Item;}).
 */
record TraitDef(String name, String path, List<Item.Fn> methods, Span span, Span nameSpan, Scope scope,
                List<String> params, List<String> assocTypes) {
    TraitDef {
        methods = List.copyOf(methods);
        params = List.copyOf(params);
        assocTypes = List.copyOf(assocTypes);
    }

    Item.Fn method(String name) {
        for (Item.Fn f : methods) {
            if (f.name().name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
