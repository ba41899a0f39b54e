package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.IntKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;

/**
 * The integer intrinsics the standard library's integer methods are written with: two's-complement
 * wrapping arithmetic ({@code wrapping_add}, ...) and whether the checked operation would overflow
 * ({@code add_overflows}, ...), for integers of at most 64 bits. Narrow integers are kept sign- or
 * zero-extended in an i32, so a result overflows exactly when re-normalizing it changes it.
 */
final class IntArith {
    private IntArith() {}

    static void lower(FunctionLowering fl, String op, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        IntKind k = ((Type.Int) in.typeArgs().get(0)).kind();
        boolean wide = k.bits() == 64;
        ValType vt = wide ? ValType.I64 : ValType.I32;
        fl.expr(in.args().get(0));
        int a = fl.temp(vt);
        e.set(a);
        fl.expr(in.args().get(1));
        int b = fl.temp(vt);
        e.set(b);
        String base = op.substring(op.indexOf('_') + 1);
        if (op.startsWith("wrapping_")) {
            e.get(a).get(b).op(arith(base.equals("add") ? "add" : base.equals("sub") ? "sub" : "mul", wide));
            normalize(e, k);
        } else {
            overflows(fl, op.substring(0, 3), k, a, b);
        }
        fl.release(a, b);
    }

    private static Op arith(String op, boolean wide) {
        return switch (op) {
            case "add" -> wide ? Op.I64_ADD : Op.I32_ADD;
            case "sub" -> wide ? Op.I64_SUB : Op.I32_SUB;
            default -> wide ? Op.I64_MUL : Op.I32_MUL;
        };
    }

    private static void normalize(Emitter e, IntKind k) {
        switch (k) {
            case I8 -> e.op(Op.I32_EXTEND8_S);
            case I16 -> e.op(Op.I32_EXTEND16_S);
            case U8 -> e.i32(0xFF).op(Op.I32_AND);
            case U16 -> e.i32(0xFFFF).op(Op.I32_AND);
            default -> {
            }
        }
    }

    /** Leaves 1 when {@code a op b} does not fit {@code k}. */
    private static void overflows(FunctionLowering fl, String op, IntKind k, int a, int b) {
        Emitter e = fl.e;
        if (k.bits() < 32) {
            // exact in 32 bits: compare with the re-normalized result
            int r = fl.temp(ValType.I32);
            e.get(a).get(b).op(arith(op, false)).set(r);
            e.get(r);
            normalize(e, k);
            e.get(r).op(Op.I32_NE);
            fl.release(r);
            return;
        }
        boolean wide = k.bits() == 64;
        boolean s = k.signed();
        if (op.equals("mul")) {
            if (!wide) {
                // exact in 64 bits
                int r = fl.temp(ValType.I64);
                e.get(a).op(s ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U);
                e.get(b).op(s ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U);
                e.op(Op.I64_MUL).set(r);
                e.get(r).get(r).op(Op.I32_WRAP_I64).op(s ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U).op(Op.I64_NE);
                fl.release(r);
                return;
            }
            // 64 bits: a != 0 and (a * b) / a != b, or the one signed case the division cannot see (MIN * -1)
            int r = fl.temp(ValType.I64);
            e.get(a).get(b).op(Op.I64_MUL).set(r);
            e.get(a).op(Op.I64_EQZ);
            e.ifThen(dev.wasmrust.compiler.wasmir.BlockType.result(ValType.I32));
            e.i32(0);
            e.elseBranch();
            if (s) {
                e.get(a).i64(-1).op(Op.I64_EQ).get(b).i64(Long.MIN_VALUE).op(Op.I64_EQ).op(Op.I32_AND);
                e.get(b).i64(-1).op(Op.I64_EQ).get(a).i64(Long.MIN_VALUE).op(Op.I64_EQ).op(Op.I32_AND).op(Op.I32_OR);
                e.ifThen(dev.wasmrust.compiler.wasmir.BlockType.result(ValType.I32));
                e.i32(1);
                e.elseBranch();
                e.get(r).get(a).op(Op.I64_DIV_S).get(b).op(Op.I64_NE);
                e.end();
            } else {
                e.get(r).get(a).op(Op.I64_DIV_U).get(b).op(Op.I64_NE);
            }
            e.end();
            fl.release(r);
            return;
        }
        ValType vt = wide ? ValType.I64 : ValType.I32;
        int r = fl.temp(vt);
        e.get(a).get(b).op(arith(op, wide)).set(r);
        if (!s) {
            // unsigned: add wrapped below a; sub took more than a
            if (op.equals("add")) {
                e.get(r).get(a).op(wide ? Op.I64_LT_U : Op.I32_LT_U);
            } else {
                e.get(a).get(b).op(wide ? Op.I64_LT_U : Op.I32_LT_U);
            }
        } else if (op.equals("add")) {
            // signed add: both operands' signs differ from the result's
            e.get(a).get(r).op(wide ? Op.I64_XOR : Op.I32_XOR).get(b).get(r).op(wide ? Op.I64_XOR : Op.I32_XOR).op(wide ? Op.I64_AND : Op.I32_AND);
            if (wide) {
                e.i64(0).op(Op.I64_LT_S);
            } else {
                e.i32(0).op(Op.I32_LT_S);
            }
        } else {
            // signed sub: the operands' signs differ and the result's differs from a's
            e.get(a).get(b).op(wide ? Op.I64_XOR : Op.I32_XOR).get(a).get(r).op(wide ? Op.I64_XOR : Op.I32_XOR).op(wide ? Op.I64_AND : Op.I32_AND);
            if (wide) {
                e.i64(0).op(Op.I64_LT_S);
            } else {
                e.i32(0).op(Op.I32_LT_S);
            }
        }
        fl.release(r);
    }
}
