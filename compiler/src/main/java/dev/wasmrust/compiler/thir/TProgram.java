package dev.wasmrust.compiler.thir;

import java.util.List;

/** A checked program: its functions and the symbol of {@code main}. */
public record TProgram(List<TFunction> functions, String mainSymbol, java.util.Map<String, String> traitMethods,
                       List<dev.wasmrust.compiler.types.TraitImpl> impls,
                       java.util.function.Function<String, List<TFunction>> onDemand) {
    public TProgram {
        functions = List.copyOf(functions);
        traitMethods = java.util.Map.copyOf(traitMethods);
        impls = List.copyOf(impls);
    }

    /** Without functions checked on demand. */
    public TProgram(List<TFunction> functions, String mainSymbol, java.util.Map<String, String> traitMethods,
                    List<dev.wasmrust.compiler.types.TraitImpl> impls) {
        this(functions, mainSymbol, traitMethods, impls, s -> List.of());
    }

    public TProgram(List<TFunction> functions, String mainSymbol) {
        this(functions, mainSymbol, java.util.Map.of(), List.of());
    }

    /** The key of {@link #traitMethods}: which function implements {@code trait}'s {@code method} for a type. */
    public static String traitMethodKey(String trait, String method, String typeKey) {
        return trait + "::" + method + "@" + typeKey;
    }
}
