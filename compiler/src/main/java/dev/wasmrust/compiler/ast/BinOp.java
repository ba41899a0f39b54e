package dev.wasmrust.compiler.ast;

/** Binary operators with Rust's precedence (higher binds tighter). */
public enum BinOp {
    MUL("*", 10), DIV("/", 10), REM("%", 10),
    ADD("+", 9), SUB("-", 9),
    SHL("<<", 8), SHR(">>", 8),
    BIT_AND("&", 7),
    BIT_XOR("^", 6),
    BIT_OR("|", 5),
    EQ("==", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
    AND("&&", 3),
    OR("||", 2);

    private final String symbol;
    private final int precedence;

    BinOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    public boolean isComparison() {
        return precedence == 4;
    }

    public boolean isLazy() {
        return this == AND || this == OR;
    }
}
