package dev.wasmrust.compiler.ast;

public enum Mutability {
    NOT,
    MUT;

    public boolean isMut() {
        return this == MUT;
    }
}
