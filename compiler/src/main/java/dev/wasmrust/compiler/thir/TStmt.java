package dev.wasmrust.compiler.thir;

public sealed interface TStmt {
    /** {@code init} may be null for a declared-later local ({@code let x; x = 1;}). */
    record Let(TLocal local, TExpr init) implements TStmt {}

    record ExprStmt(TExpr expr) implements TStmt {}
}
