package dev.wasmrust.compiler.thir;

public sealed interface TStmt {
    /** {@code init} may be null for a declared-later local ({@code let x; x = 1;}). */
    record Let(TPat pat, TExpr init, TExpr elseBlock) implements TStmt {
        public Let(TLocal local, TExpr init) {
            this(new TPat.Binding(local, TPat.BindMode.MOVE, null, local.type(), null), init, null);
        }

        /** The local of a plain `let x` / `let mut x`, or null for any other pattern. */
        public TLocal local() {
            return pat instanceof TPat.Binding b && b.sub() == null && b.mode() == TPat.BindMode.MOVE ? b.local() : null;
        }
    }

    record ExprStmt(TExpr expr) implements TStmt {}
}
