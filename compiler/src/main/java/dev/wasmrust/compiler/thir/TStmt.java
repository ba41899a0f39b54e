package dev.wasmrust.compiler.thir;

public sealed interface TStmt {
    /**
     * {@code init} may be null for a declared-later local ({@code let x; x = 1;}). {@code scrutinee}: the binding
     * stands for a {@code match} scrutinee (a desugared {@code for} loop's iterator), so the temporaries of
     * {@code init} live to the end of the enclosing block instead of the end of this statement.
     */
    record Let(TPat pat, TExpr init, TExpr elseBlock, boolean scrutinee) implements TStmt {
        public Let(TPat pat, TExpr init, TExpr elseBlock) {
            this(pat, init, elseBlock, false);
        }

        public Let(TLocal local, TExpr init) {
            this(new TPat.Binding(local, TPat.BindMode.MOVE, null, local.type(), null), init, null, false);
        }

        /** {@code local = init} whose temporaries outlive the statement (see {@code scrutinee}). */
        public static Let scrutinee(TLocal local, TExpr init) {
            return new Let(new TPat.Binding(local, TPat.BindMode.MOVE, null, local.type(), null), init, null, true);
        }

        /** The local of a plain `let x` / `let mut x`, or null for any other pattern. */
        public TLocal local() {
            return pat instanceof TPat.Binding b && b.sub() == null && b.mode() == TPat.BindMode.MOVE ? b.local() : null;
        }
    }

    record ExprStmt(TExpr expr) implements TStmt {}
}
