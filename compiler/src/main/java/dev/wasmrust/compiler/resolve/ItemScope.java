package dev.wasmrust.compiler.resolve;

import dev.wasmrust.compiler.ast.Item;
import java.util.Map;

/** The value items one module or block defines, by name, in source order. */
public record ItemScope(Map<String, Item.Fn> functions, Map<String, Item.Const> consts) {
    public ItemScope {
        functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
        consts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(consts));
    }
}
