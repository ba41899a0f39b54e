package dev.wasmrust.compiler.thir;

import java.util.List;

/** A checked program: its functions and the symbol of {@code main}. */
public record TProgram(List<TFunction> functions, String mainSymbol, java.util.Map<String, String> traitMethods,
                       List<dev.wasmrust.compiler.types.TraitImpl> impls) {
    public TProgram {
        functions = List.copyOf(functions);
        traitMethods = java.util.Map.copyOf(traitMethods);
        impls = List.copyOf(impls);
    }

    public TProgram(List<TFunction> functions, String mainSymbol) {
        this(functions, mainSymbol, java.util.Map.of(), List.of());
    }

    /** The key of {@link #traitMethods}: which function implements {@code trait}'s {@code method} for a type. */
    public static String traitMethodKey(String trait, String method, String typeKey) {
        return trait + "::" + method + "@" + typeKey;
    }
}
