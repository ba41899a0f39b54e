package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.ast.UnOp;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TStmt;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc's deny-by-default lints {@code arithmetic_overflow} and {@code unconditional_panic}: an operation
 * whose operands are known at compile time (literals, constants, immutable locals bound to them, casts of
 * them) and that would overflow or divide by zero is a compile error, not a run-time panic. Values flow
 * only through immutable bindings, as in rustc's constant propagation.
 */
final class OverflowLint {
    private final Diagnostics diags;
    private final Map<Integer, BigInteger> knownLocals = new HashMap<>();

    private final java.util.Set<String> notesShown;

    private OverflowLint(Diagnostics diags, java.util.Set<String> notesShown) {
        this.diags = diags;
        this.notesShown = notesShown;
    }

    /** {@code notesShown}: lints whose "on by default" note rustc already printed in this crate (it prints it once). */
    static void check(TExpr body, Diagnostics diags, java.util.Set<String> notesShown) {
        new OverflowLint(diags, notesShown).value(body);
    }

    /** The value of a constant expression (literals, operators, casts), or null; reports nothing. */
    static BigInteger constantValue(TExpr e) {
        return new OverflowLint(new Diagnostics(), new java.util.HashSet<>()).value(e);
    }

    /** Lints {@code e} and everything in it; returns its value when it is a known integer, else null. */
    private BigInteger value(TExpr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof TExpr.IntConst c) {
            return c.type() instanceof Type.Int ? c.value() : null;
        }
        if (e instanceof TExpr.BoolConst b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (e instanceof TExpr.CharConst c) {
            return BigInteger.valueOf(c.codePoint());
        }
        if (e instanceof TExpr.LocalRef r) {
            return knownLocals.get(r.local().id());
        }
        if (e instanceof TExpr.Unary u) {
            return unary(u);
        }
        if (e instanceof TExpr.Cast c) {
            BigInteger v = value(c.expr());
            if (v == null || !(c.type() instanceof Type.Int t)) {
                return null;
            }
            return wrap(v, t.kind());
        }
        if (e instanceof TExpr.Binary b) {
            return binary(b);
        }
        if (e instanceof TExpr.Block b) {
            for (TStmt s : b.stmts()) {
                if (s instanceof TStmt.Let l) {
                    BigInteger v = value(l.init());
                    value(l.elseBlock());
                    if (v != null && l.local() != null && !l.local().mutable() && l.local().type() instanceof Type.Int) {
                        knownLocals.put(l.local().id(), v);
                    }
                } else {
                    value(((TStmt.ExprStmt) s).expr());
                }
            }
            return value(b.tail());
        }
        for (TExpr child : dev.wasmrust.compiler.thir.TExprs.children(e)) {
            value(child);
        }
        return null;
    }

    private BigInteger unary(TExpr.Unary u) {
        BigInteger v = value(u.operand());
        if (v == null || !(u.type() instanceof Type.Int t)) {
            return null;
        }
        IntKind k = t.kind();
        if (u.op() == UnOp.NOT) {
            return wrap(v.not(), k);
        }
        if (u.operand() instanceof TExpr.IntConst c && c.literal()) {
            // a negative literal, checked by the literal range lint
            return v.negate();
        }
        BigInteger r = v.negate();
        if (!k.fits(r)) {
            overflow(u, "attempt to negate `" + show(v, k) + "`, which would overflow");
            return null;
        }
        return r;
    }

    private BigInteger binary(TExpr.Binary b) {
        BigInteger l = value(b.lhs());
        BigInteger r = value(b.rhs());
        if (!(b.lhs().type() instanceof Type.Int lt)) {
            return null;
        }
        IntKind k = lt.kind();
        BinOp op = b.op();
        if (op == BinOp.SHL || op == BinOp.SHR) {
            if (r == null || !(b.rhs().type() instanceof Type.Int rt)) {
                return null;
            }
            if (r.signum() < 0 || r.compareTo(BigInteger.valueOf(k.bits())) >= 0) {
                overflow(b, "attempt to shift " + (op == BinOp.SHL ? "left" : "right") + " by `" + show(r, rt.kind())
                        + "`, which would overflow");
                return null;
            }
            if (l == null) {
                return null;
            }
            return op == BinOp.SHL ? wrap(l.shiftLeft(r.intValue()), k) : l.shiftRight(r.intValue());
        }
        if ((op == BinOp.DIV || op == BinOp.REM) && r != null && r.signum() == 0) {
            // the divisor alone decides this one; an unknown dividend is shown as `_`
            String lhs = l == null ? "_" : show(l, k);
            panic(b, op == BinOp.DIV ? "attempt to divide `" + lhs + "` by zero"
                    : "attempt to calculate the remainder of `" + lhs + "` with a divisor of zero");
            return null;
        }
        if (l == null || r == null || op.isComparison() || op.isLazy()) {
            return null;
        }
        BigInteger result;
        switch (op) {
            case ADD -> result = l.add(r);
            case SUB -> result = l.subtract(r);
            case MUL -> result = l.multiply(r);
            case DIV, REM -> {
                if (k.signed() && l.equals(k.min()) && r.equals(BigInteger.ONE.negate())) {
                    panic(b, "attempt to compute `" + show(l, k) + " " + op.symbol() + " " + show(r, k) + "`, which would overflow");
                    return null;
                }
                // Rust's division truncates toward zero, as BigInteger's does
                return op == BinOp.DIV ? l.divide(r) : l.remainder(r);
            }
            case BIT_AND -> {
                return l.and(r);
            }
            case BIT_OR -> {
                return l.or(r);
            }
            case BIT_XOR -> {
                return l.xor(r);
            }
            default -> {
                return null;
            }
        }
        if (!k.fits(result)) {
            overflow(b, "attempt to compute `" + show(l, k) + " " + op.symbol() + " " + show(r, k) + "`, which would overflow");
            return null;
        }
        return result;
    }

    /** Two's-complement truncation to the kind's width, as `as` does. */
    private static BigInteger wrap(BigInteger v, IntKind k) {
        BigInteger mod = BigInteger.ONE.shiftLeft(k.bits());
        BigInteger r = v.mod(mod);
        if (k.signed() && r.compareTo(k.max()) > 0) {
            r = r.subtract(mod);
        }
        return r;
    }

    /** rustc's spelling of a known value: `u8::MAX`, `i32::MIN`, or `42_u16`. */
    private static String show(BigInteger v, IntKind k) {
        if (v.equals(k.max())) {
            return k.rustName() + "::MAX";
        }
        if (k.signed() && v.equals(k.min())) {
            return k.rustName() + "::MIN";
        }
        return v + "_" + k.rustName();
    }

    private void overflow(TExpr at, String label) {
        report("this arithmetic operation will overflow", "arithmetic_overflow", at, label);
    }

    private void panic(TExpr at, String label) {
        report("this operation will panic at runtime", "unconditional_panic", at, label);
    }

    private void report(String message, String lint, TExpr at, String label) {
        Diagnostic.Builder b = Diagnostic.error(message).primary(at.span(), label);
        if (notesShown.add(lint)) {
            b.note("`#[deny(" + lint + ")]` on by default");
        }
        diags.report(b);
    }
}
