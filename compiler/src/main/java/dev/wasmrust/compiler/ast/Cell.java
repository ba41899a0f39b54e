package dev.wasmrust.compiler.ast;

import java.util.List;

/**
 * A REPL cell: items and statements in any order, and an optional trailing expression whose value
 * is shown. Items appear as {@link Stmt.ItemStmt}.
 */
public record Cell(int file, List<Attr> innerAttrs, List<Stmt> stmts, Expr tail) {
    public Cell {
        innerAttrs = List.copyOf(innerAttrs);
        stmts = List.copyOf(stmts);
    }
}
