package dev.wasmrust.compiler.ast;

public enum UnOp {
    DEREF("*"), NOT("!"), NEG("-");

    private final String symbol;

    UnOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
