package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.source.Span;
import dev.wasmrust.compiler.thir.TLocal;
import java.util.HashMap;
import java.util.Map;

/**
 * A lexical scope: a block's locals and items. {@code fnBoundary} marks the scope of a function body,
 * beyond which locals are not visible (a nested `fn` cannot capture them, E0434) but items are.
 */
final class Scope {
    sealed interface Binding {}

    record LocalBinding(TLocal local, Span declSpan, Span nameSpan) implements Binding {}

    record FnBinding(String symbol, Item.Fn fn) implements Binding {}

    record ConstBinding(Item.Const item, Scope definedIn) implements Binding {}

    /** A tuple-struct or unit-struct constructor (a value named like its type). */
    record CtorBinding(AdtDef def, int variant) implements Binding {}

    final Scope parent;
    final boolean fnBoundary;
    private final Map<String, Binding> names = new HashMap<>();
    private final Map<String, AdtDef> types = new HashMap<>();

    Scope(Scope parent, boolean fnBoundary) {
        this.parent = parent;
        this.fnBoundary = fnBoundary;
    }

    void define(String name, Binding b) {
        names.put(name, b);
    }

    void defineType(String name, AdtDef def) {
        types.put(name, def);
    }

    /** Types are items: visible across function boundaries. */
    AdtDef lookupType(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            AdtDef d = s.types.get(name);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Names of every type visible here (for "similar name" suggestions). */
    java.util.List<String> visibleTypeNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            out.addAll(s.types.keySet());
        }
        return out;
    }

    /** A lookup result: the binding and whether reaching it crossed a function boundary. */
    record Found(Binding binding, boolean crossedFn) {}

    Found lookup(String name) {
        boolean crossed = false;
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.names.get(name);
            if (b != null) {
                return new Found(b, crossed);
            }
            if (s.fnBoundary) {
                crossed = true;
            }
        }
        return null;
    }

    /** Names of locals visible without crossing a function boundary (for "similar name" suggestions). */
    java.util.List<String> visibleLocalNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            for (Map.Entry<String, Binding> e : s.names.entrySet()) {
                if (e.getValue() instanceof LocalBinding) {
                    out.add(e.getKey());
                }
            }
            if (s.fnBoundary) {
                break;
            }
        }
        return out;
    }
}
