package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import dev.wasmrust.compiler.wasmir.WirFunction;
import dev.wasmrust.compiler.wasmir.WirLocal;
import java.util.List;

/**
 * 128-bit multiplication and division, which WebAssembly lacks. Values are (lo, hi) pairs of i64.
 * Multiplication is schoolbook over 32-bit limbs in a scratch area (so every partial sum fits in 64
 * bits) and reports overflow; division is restoring shift-subtract. Callers check division by zero and
 * the signed {@code MIN / -1} case before calling, so these never trap.
 */
final class Int128 {
    static final String MUL = "__rt_i128_mul";
    static final String DIV = "__rt_i128_div";
    /** Scratch: a (16 bytes), b (16), product (32). */
    private static final int A = 192;
    private static final int B = 208;
    private static final int P = 224;

    private static final ValType I32 = ValType.I32;
    private static final ValType I64 = ValType.I64;

    private Int128() {}

    static List<WirFunction> functions() {
        return List.of(mul(), div());
    }

    private static List<WirLocal> abParams(String extra1, String extra2) {
        var ps = new java.util.ArrayList<>(List.of(new WirLocal("alo", I64), new WirLocal("ahi", I64),
                new WirLocal("blo", I64), new WirLocal("bhi", I64), new WirLocal(extra1, I32)));
        if (extra2 != null) {
            ps.add(new WirLocal(extra2, I32));
        }
        return ps;
    }

    /** Negates the pair in locals (lo, hi) in place (two's complement; exact as unsigned even for the minimum). */
    static void neg(Emitter e, int lo, int hi) {
        e.get(hi).i64(-1).op(Op.I64_XOR).get(lo).op(Op.I64_EQZ).op(Op.I64_EXTEND_I32_U).op(Op.I64_ADD).set(hi);
        e.i64(0).get(lo).op(Op.I64_SUB).set(lo);
    }

    /** (lo, hi, overflow) = a * b; {@code signed} selects i128 or u128 overflow rules. */
    private static WirFunction mul() {
        Emitter e = new Emitter(MUL, abParams("signed", null), List.of(I64, I64, I32));
        int neg = e.newLocal("neg", I32);
        int i = e.newLocal("i", I32);
        int j = e.newLocal("j", I32);
        int carry = e.newLocal("carry", I64);
        int t = e.newLocal("t", I64);
        int ovf = e.newLocal("ovf", I32);
        int lo = e.newLocal("lo", I64);
        int hi = e.newLocal("hi", I64);
        e.get(4);
        e.ifThen(BlockType.EMPTY);
        e.get(1).i64(0).op(Op.I64_LT_S);
        e.ifThen(BlockType.EMPTY);
        neg(e, 0, 1);
        e.get(neg).i32(1).op(Op.I32_XOR).set(neg);
        e.end();
        e.get(3).i64(0).op(Op.I64_LT_S);
        e.ifThen(BlockType.EMPTY);
        neg(e, 2, 3);
        e.get(neg).i32(1).op(Op.I32_XOR).set(neg);
        e.end();
        e.end();
        e.i32(A).get(0).store(Op.I64_STORE, 0);
        e.i32(A).get(1).store(Op.I64_STORE, 8);
        e.i32(B).get(2).store(Op.I64_STORE, 0);
        e.i32(B).get(3).store(Op.I64_STORE, 8);
        for (int k = 0; k < 32; k += 8) {
            e.i32(P).i64(0).store(Op.I64_STORE, k);
        }
        e.i32(0).set(i);
        int ib = e.block(BlockType.EMPTY);
        int il = e.loop(BlockType.EMPTY);
        e.get(i).i32(4).op(Op.I32_GE_U).brIf(ib);
        e.i64(0).set(carry);
        e.i32(0).set(j);
        int jb = e.block(BlockType.EMPTY);
        int jl = e.loop(BlockType.EMPTY);
        e.get(j).i32(4).op(Op.I32_GE_U).brIf(jb);
        // t = p[i+j] + a[i]*b[j] + carry
        pAddr(e, i, j);
        e.load(Op.I64_LOAD32_U, P);
        e.get(i).i32(2).op(Op.I32_SHL).load(Op.I64_LOAD32_U, A);
        e.get(j).i32(2).op(Op.I32_SHL).load(Op.I64_LOAD32_U, B);
        e.op(Op.I64_MUL).op(Op.I64_ADD).get(carry).op(Op.I64_ADD).set(t);
        pAddr(e, i, j);
        e.get(t).store(Op.I64_STORE32, P);
        e.get(t).i64(32).op(Op.I64_SHR_U).set(carry);
        e.get(j).i32(1).op(Op.I32_ADD).set(j);
        e.br(jl);
        e.end();
        e.end();
        e.get(i).i32(4).op(Op.I32_ADD).i32(2).op(Op.I32_SHL).get(carry).store(Op.I64_STORE32, P);
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(il);
        e.end();
        e.end();
        e.i32(P).load(Op.I64_LOAD, 0).set(lo);
        e.i32(P).load(Op.I64_LOAD, 8).set(hi);
        // the upper 128 bits of the product must be zero
        e.i32(P).load(Op.I64_LOAD, 16).i32(P).load(Op.I64_LOAD, 24).op(Op.I64_OR).i64(0).op(Op.I64_NE).set(ovf);
        e.get(4);
        e.ifThen(BlockType.EMPTY);
        e.get(neg);
        e.ifThen(BlockType.EMPTY);
        // a negative result may reach 2^127 exactly (the minimum)
        e.get(hi).i64(Long.MIN_VALUE).op(Op.I64_GT_U);
        e.get(hi).i64(Long.MIN_VALUE).op(Op.I64_EQ).get(lo).i64(0).op(Op.I64_NE).op(Op.I32_AND);
        e.op(Op.I32_OR).get(ovf).op(Op.I32_OR).set(ovf);
        neg(e, lo, hi);
        e.elseBranch();
        e.get(hi).i64(0).op(Op.I64_LT_S).get(ovf).op(Op.I32_OR).set(ovf);
        e.end();
        e.end();
        e.get(lo).get(hi).get(ovf);
        return e.finish(null);
    }

    private static void pAddr(Emitter e, int i, int j) {
        e.get(i).get(j).op(Op.I32_ADD).i32(2).op(Op.I32_SHL);
    }

    /** Quotient (or remainder when {@code rem}) of a / b; Rust's truncating signed division when {@code signed}. */
    private static WirFunction div() {
        Emitter e = new Emitter(DIV, abParams("signed", "rem"), List.of(I64, I64));
        int qneg = e.newLocal("qneg", I32);
        int rneg = e.newLocal("rneg", I32);
        int qlo = e.newLocal("qlo", I64);
        int qhi = e.newLocal("qhi", I64);
        int rlo = e.newLocal("rlo", I64);
        int rhi = e.newLocal("rhi", I64);
        int bit = e.newLocal("bit", I32);
        int ge = e.newLocal("ge", I32);
        e.get(4);
        e.ifThen(BlockType.EMPTY);
        e.get(1).i64(0).op(Op.I64_LT_S);
        e.ifThen(BlockType.EMPTY);
        neg(e, 0, 1);
        e.i32(1).set(qneg).i32(1).set(rneg);
        e.end();
        e.get(3).i64(0).op(Op.I64_LT_S);
        e.ifThen(BlockType.EMPTY);
        neg(e, 2, 3);
        e.get(qneg).i32(1).op(Op.I32_XOR).set(qneg);
        e.end();
        e.end();
        e.i32(127).set(bit);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        // r = (r << 1) | bit(a, bit)
        e.get(rhi).i64(1).op(Op.I64_SHL).get(rlo).i64(63).op(Op.I64_SHR_U).op(Op.I64_OR).set(rhi);
        e.get(rlo).i64(1).op(Op.I64_SHL);
        e.get(bit).i32(64).op(Op.I32_GE_U);
        e.ifThen(BlockType.result(I64));
        e.get(1).get(bit).i32(64).op(Op.I32_SUB).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHR_U);
        e.elseBranch();
        e.get(0).get(bit).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHR_U);
        e.end();
        e.i64(1).op(Op.I64_AND).op(Op.I64_OR).set(rlo);
        // r >= b ?
        e.get(rhi).get(3).op(Op.I64_GT_U);
        e.get(rhi).get(3).op(Op.I64_EQ).get(rlo).get(2).op(Op.I64_GE_U).op(Op.I32_AND);
        e.op(Op.I32_OR).set(ge);
        e.get(ge);
        e.ifThen(BlockType.EMPTY);
        e.get(rhi).get(3).op(Op.I64_SUB).get(rlo).get(2).op(Op.I64_LT_U).op(Op.I64_EXTEND_I32_U).op(Op.I64_SUB).set(rhi);
        e.get(rlo).get(2).op(Op.I64_SUB).set(rlo);
        e.get(bit).i32(64).op(Op.I32_GE_U);
        e.ifThen(BlockType.EMPTY);
        e.get(qhi).i64(1).get(bit).i32(64).op(Op.I32_SUB).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHL).op(Op.I64_OR).set(qhi);
        e.elseBranch();
        e.get(qlo).i64(1).get(bit).op(Op.I64_EXTEND_I32_U).op(Op.I64_SHL).op(Op.I64_OR).set(qlo);
        e.end();
        e.end();
        e.get(bit).op(Op.I32_EQZ).brIf(brk);
        e.get(bit).i32(1).op(Op.I32_SUB).set(bit);
        e.br(top);
        e.end();
        e.end();
        e.get(5);
        e.ifThen(BlockType.results(List.of(I64, I64)));
        e.get(rneg);
        e.ifThen(BlockType.EMPTY);
        neg(e, rlo, rhi);
        e.end();
        e.get(rlo).get(rhi);
        e.elseBranch();
        e.get(qneg);
        e.ifThen(BlockType.EMPTY);
        neg(e, qlo, qhi);
        e.end();
        e.get(qlo).get(qhi);
        e.end();
        return e.finish(null);
    }
}
