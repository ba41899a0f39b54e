package dev.wasmrust.compiler.ast;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * {@code { stmts; tail }}. {@code tail} is the final expression without a semicolon, whose value is
 * the block's value, or null. A block-like expression statement at the end ({@code if}, {@code match},
 * ...) without a semicolon is the tail.
 */
public record Block(List<Stmt> stmts, Expr tail, Span span) {
    public Block {
        stmts = List.copyOf(stmts);
    }
}
