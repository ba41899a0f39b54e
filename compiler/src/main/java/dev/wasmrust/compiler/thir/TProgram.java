package dev.wasmrust.compiler.thir;

import java.util.List;

/** A checked program: its functions and the symbol of {@code main}. */
public record TProgram(List<TFunction> functions, String mainSymbol) {
    public TProgram {
        functions = List.copyOf(functions);
    }
}
