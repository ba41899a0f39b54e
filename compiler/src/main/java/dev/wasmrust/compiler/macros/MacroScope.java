package dev.wasmrust.compiler.macros;

/**
 * The {@code macro_rules!} macros visible at a point of the source ("textual scope"): a persistent list,
 * newest first, so a later definition shadows an earlier one and leaving a block drops its definitions.
 */
record MacroScope(MacroScope outer, MacroDef def) {
    static final MacroScope EMPTY = new MacroScope(null, null);

    MacroScope with(MacroDef d) {
        return new MacroScope(this, d);
    }

    MacroDef lookup(String name) {
        for (MacroScope s = this; s != null && s.def != null; s = s.outer) {
            if (s.def.name().equals(name)) {
                return s.def;
            }
        }
        return null;
    }
}
