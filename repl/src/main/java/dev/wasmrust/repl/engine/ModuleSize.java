package dev.wasmrust.repl.engine;

import dev.wasmrust.runtime.Capability;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cell's WebAssembly module as {@code :size} shows it: bytes in total and per section (in module order),
 * function count, the items it exports and the capabilities it needs from its host. {@code bytes} is -1 when
 * the engine does not know the module's size (then {@code sections} is empty).
 */
public record ModuleSize(String cell, int bytes, Map<String, Integer> sections, int functions, List<String> exports,
                         Set<Capability> needs) {
    public ModuleSize {
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
        exports = List.copyOf(exports);
        needs = Set.copyOf(needs);
    }
}
