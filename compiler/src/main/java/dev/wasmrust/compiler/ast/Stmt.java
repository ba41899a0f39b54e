package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

public sealed interface Stmt {
    Span span();

    /** {@code let pat: ty = init else { diverge };} — {@code ty}, {@code init}, {@code elseBlock} may be null. */
    record Let(List<Attr> attrs, Pat pat, Ty ty, Expr init, Block elseBlock, Span span) implements Stmt {
        public Let {
            attrs = List.copyOf(attrs);
        }
    }

    record ItemStmt(Item item) implements Stmt {
        public Span span() {
            return item.span();
        }
    }

    /**
     * An expression statement. {@code semi} tells whether it ended with {@code ;} (a block-like
     * expression may stand without one). Statement macros such as {@code println!(..);} are
     * {@link Expr.MacroCallExpr} here.
     */
    record ExprStmt(Expr expr, boolean semi, Span span) implements Stmt {}

    /** A lone {@code ;}. */
    record Empty(Span span) implements Stmt {}
}
