package dev.wasmrust.compiler.resolve;

import dev.wasmrust.compiler.ast.Item;
import java.util.List;
import java.util.Map;

/**
 * The items one module or block defines, in source order: value items by name, type definitions
 * (structs and enums) and inherent {@code impl} blocks.
 */
public record ItemScope(Map<String, Item.Fn> functions, Map<String, Item.Const> consts, List<Item> types,
                        List<Item.Impl> impls, List<Item.Trait> traits, List<Item.Use> uses) {
    public ItemScope {
        functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
        consts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(consts));
        types = List.copyOf(types);
        impls = List.copyOf(impls);
        traits = List.copyOf(traits);
        uses = List.copyOf(uses);
    }
}
