package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.types.FloatKind;
import dev.wasmrust.compiler.types.IntKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;

/**
 * {@code as} casts involving floats, with Rust's semantics: float to integer saturates at the target's
 * bounds and maps NaN to 0 (wasm's saturating truncation, then a clamp for narrow types); integer to
 * float rounds to nearest; f64 to f32 rounds to nearest.
 */
final class FloatCasts {
    private FloatCasts() {}

    static void cast(FunctionLowering fl, Type from, Type to) {
        Emitter e = fl.e;
        if (from instanceof Type.Float ff && to instanceof Type.Float tf) {
            if (ff.kind() != tf.kind()) {
                e.op(tf.kind() == FloatKind.F32 ? Op.F32_DEMOTE_F64 : Op.F64_PROMOTE_F32);
            }
            return;
        }
        if (to instanceof Type.Float tf) {
            boolean f32 = tf.kind() == FloatKind.F32;
            IntKind k = from instanceof Type.Int fi ? fi.kind() : IntKind.U32;
            boolean wide = k.bits() == 64;
            boolean s = k.signed();
            Op op = f32 ? (wide ? (s ? Op.F32_CONVERT_I64_S : Op.F32_CONVERT_I64_U) : (s ? Op.F32_CONVERT_I32_S : Op.F32_CONVERT_I32_U))
                    : (wide ? (s ? Op.F64_CONVERT_I64_S : Op.F64_CONVERT_I64_U) : (s ? Op.F64_CONVERT_I32_S : Op.F64_CONVERT_I32_U));
            e.op(op);
            return;
        }
        Type.Float ff = (Type.Float) from;
        boolean f32 = ff.kind() == FloatKind.F32;
        IntKind k = ((Type.Int) to).kind();
        if (k.bits() == 64) {
            e.op(f32 ? (k.signed() ? Op.I64_TRUNC_SAT_F32_S : Op.I64_TRUNC_SAT_F32_U)
                    : (k.signed() ? Op.I64_TRUNC_SAT_F64_S : Op.I64_TRUNC_SAT_F64_U));
            return;
        }
        e.op(f32 ? (k.signed() ? Op.I32_TRUNC_SAT_F32_S : Op.I32_TRUNC_SAT_F32_U)
                : (k.signed() ? Op.I32_TRUNC_SAT_F64_S : Op.I32_TRUNC_SAT_F64_U));
        if (k.bits() < 32) {
            int v = fl.temp(ValType.I32);
            e.set(v);
            int min = k.min().intValue();
            int max = k.max().intValue();
            // clamp(v, min, max) on the already saturated 32-bit value
            e.get(v).i32(max).get(v).i32(max).op(k.signed() ? Op.I32_LT_S : Op.I32_LT_U).emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
            e.set(v);
            e.get(v).i32(min).get(v).i32(min).op(k.signed() ? Op.I32_GT_S : Op.I32_GT_U).emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
            fl.release(v);
        }
    }
}
