package dev.wasmrust.compiler.resolve;

import dev.wasmrust.compiler.ast.Item;
import java.util.List;
import java.util.Map;

/**
 * The items one module or block defines, in source order: value items by name, type definitions
 * (structs and enums), {@code impl} blocks, traits, {@code use} declarations and modules. Immutable
 * {@code static} items are among {@code consts} (their names also in {@code statics}): without interior
 * mutability or address identity in the subset, reading one is reading its value.
 */
public record ItemScope(Map<String, Item.Fn> functions, Map<String, Item.Const> consts, List<Item> types,
                        List<Item.Impl> impls, List<Item.Trait> traits, List<Item.Use> uses, List<Item.Mod> modules,
                        java.util.Set<String> statics) {
    public ItemScope {
        modules = List.copyOf(modules);
        statics = java.util.Set.copyOf(statics);
        functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
        consts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(consts));
        types = List.copyOf(types);
        impls = List.copyOf(impls);
        traits = List.copyOf(traits);
        uses = List.copyOf(uses);
    }
}
