package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.ast.Bound;
import java.util.List;
import java.util.Map;

/**
 * A trait: its methods (a null body is required, a body is a default) and where it is defined.
 * Traits are dispatched statically: a call through a bound is resolved to an impl when the generic
 * function is instantiated. {@code params} names a generic trait's type parameters ({@code FromIterator<A>}),
 * {@code assocTypes} its associated types ({@code type Item;}), {@code assocBounds} the bounds declared on them
 * ({@code type IntoIter: Iterator<Item = Self::Item>;}): what a value of the unnormalized projection
 * {@code <I as IntoIterator>::IntoIter} promises inside a generic function.
 */
record TraitDef(String name, String path, List<Item.Fn> methods, Span span, Span nameSpan, Scope scope,
                List<String> params, List<String> assocTypes, Map<String, List<Bound>> assocBounds, OnUnimplemented onUnimplemented) {
    /**
     * What E0277 says when a type does not implement the trait, from the trait's
     * {@code #[rustc_on_unimplemented(message = "..", label = "..", integer_note = "..")]} ({@code {Self}} stands for
     * the type; {@code integerNote} is added for integer types). Null: rustc's generic wording.
     */
    record OnUnimplemented(String message, String label, String integerNote) {
        String message(String self) {
            return message.replace("{Self}", self);
        }

        String label(String self) {
            return label.replace("{Self}", self);
        }
    }

    TraitDef {
        methods = List.copyOf(methods);
        params = List.copyOf(params);
        assocTypes = List.copyOf(assocTypes);
        assocBounds = Map.copyOf(assocBounds);
    }

    /** The bounds declared on the associated type {@code name} (none when it has none). */
    List<Bound> boundsOn(String name) {
        return assocBounds.getOrDefault(name, List.of());
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
