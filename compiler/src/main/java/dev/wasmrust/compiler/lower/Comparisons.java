package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.types.FloatKind;
import dev.wasmrust.compiler.types.IntKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.Op;

/**
 * Comparison operators beyond integers, {@code bool} and {@code char}: floats (IEEE, so NaN is
 * unordered), {@code ()}, references (comparing what they point to, strings byte-wise), and
 * derived {@code PartialEq} of tuples, arrays, structs and enums through generated glue functions.
 */
final class Comparisons {
    private Comparisons() {}

    /** Leaves an i32 boolean for {@code a op b}; {@code a} and {@code b} hold values of type {@code t}. */
    static void compare(FunctionLowering fl, BinOp op, Type t, int[] a, int[] b) {
        Emitter e = fl.e;
        if (t instanceof Type.Float f) {
            fl.load(a);
            fl.load(b);
            boolean f32 = f.kind() == FloatKind.F32;
            e.op(switch (op) {
                case EQ -> f32 ? Op.F32_EQ : Op.F64_EQ;
                case NE -> f32 ? Op.F32_NE : Op.F64_NE;
                case LT -> f32 ? Op.F32_LT : Op.F64_LT;
                case LE -> f32 ? Op.F32_LE : Op.F64_LE;
                case GT -> f32 ? Op.F32_GT : Op.F64_GT;
                default -> f32 ? Op.F32_GE : Op.F64_GE;
            });
            return;
        }
        if (t instanceof Type.Unit) {
            e.i32(op == BinOp.EQ || op == BinOp.LE || op == BinOp.GE ? 1 : 0);
            return;
        }
        if (Type.isStrRef(t)) {
            fl.load(a);
            fl.load(b);
            e.call(RuntimeLibrary.STR_CMP);
            ordering(fl, op);
            return;
        }
        if (t instanceof Type.Ref r && !Layouts.isFatRef(t)) {
            Type inner = r.inner();
            fl.load(a);
            fl.loadValue(inner);
            int[] x = fl.spill(inner);
            fl.load(b);
            fl.loadValue(inner);
            int[] y = fl.spill(inner);
            dispatch(fl, op, inner, x, y);
            fl.release(x);
            fl.release(y);
            return;
        }
        if (t instanceof Type.Adt sa && sa.def().isLang("string")) {
            // by their bytes, as str
            e.get(a[0]).load(Op.I32_LOAD, 0).get(a[0]).load(Op.I32_LOAD, 8);
            e.get(b[0]).load(Op.I32_LOAD, 0).get(b[0]).load(Op.I32_LOAD, 8);
            e.call(RuntimeLibrary.STR_CMP);
            ordering(fl, op);
            return;
        }
        if (t instanceof Type.Adt ba && ba.def().isLang("owned_box")) {
            Type inner = ba.args().get(0);
            e.get(a[0]).load(Op.I32_LOAD, 0);
            fl.loadValue(inner);
            int[] x = fl.spill(inner);
            e.get(b[0]).load(Op.I32_LOAD, 0);
            fl.loadValue(inner);
            int[] y = fl.spill(inner);
            dispatch(fl, op, inner, x, y);
            fl.release(x);
            fl.release(y);
            return;
        }
        if (t instanceof Type.Adt va && va.def().isLang("vec")) {
            e.get(a[0]).load(Op.I32_LOAD, 0).get(a[0]).load(Op.I32_LOAD, 8);
            e.get(b[0]).load(Op.I32_LOAD, 0).get(b[0]).load(Op.I32_LOAD, 8);
            e.call(fl.phaseRef().glue().eqSlice(va.args().get(0)));
            if (op == BinOp.NE) {
                e.op(Op.I32_EQZ);
            }
            return;
        }
        if (t instanceof Type.Ref r && r.inner() instanceof Type.Slice sl) {
            fl.load(a);
            fl.load(b);
            e.call(fl.phaseRef().glue().eqSlice(sl.elem()));
            if (op == BinOp.NE) {
                e.op(Op.I32_EQZ);
            }
            return;
        }
        if (Layouts.isAggregate(t) && op != BinOp.EQ && op != BinOp.NE) {
            // derived PartialOrd: lexicographic; 2 stands for unordered (a NaN), for which every test is false
            fl.load(a);
            fl.load(b);
            e.call(fl.phaseRef().glue().cmp(t));
            orderingOrUnordered(fl, op);
            return;
        }
        if (Layouts.isAggregate(t)) {
            fl.load(a);
            fl.load(b);
            e.call(fl.phaseRef().glue().eq(t));
            if (op == BinOp.NE) {
                e.op(Op.I32_EQZ);
            }
            return;
        }
        throw new IllegalStateException("comparison of " + t);
    }

    static void dispatch(FunctionLowering fl, BinOp op, Type t, int[] a, int[] b) {
        if (t instanceof Type.Int || t instanceof Type.Bool || t instanceof Type.Char) {
            fl.compare(op, t instanceof Type.Int i ? i.kind() : IntKind.U32, a, b);
        } else {
            compare(fl, op, t, a, b);
        }
    }

    /** Turns a three-way result (-1, 0, 1) on the stack into the boolean for {@code op}. */
    /** A three-way result (-1, 0, 1, or 2 for unordered) on the stack becomes the boolean for an ordering {@code op}. */
    private static void orderingOrUnordered(FunctionLowering fl, BinOp op) {
        Emitter e = fl.e;
        int c = fl.temp(dev.wasmrust.compiler.wasmir.ValType.I32);
        e.set(c);
        switch (op) {
            case LT -> e.get(c).i32(-1).op(Op.I32_EQ);
            case GT -> e.get(c).i32(1).op(Op.I32_EQ);
            case LE -> e.get(c).i32(-1).op(Op.I32_EQ).get(c).op(Op.I32_EQZ).op(Op.I32_OR);
            default -> e.get(c).i32(1).op(Op.I32_EQ).get(c).op(Op.I32_EQZ).op(Op.I32_OR);
        }
        fl.release(c);
    }

    /** Leaves -1, 0, 1 (or 2 when unordered) comparing the values of type {@code t} held in {@code a} and {@code b}. */
    static void threeWay(FunctionLowering fl, Type t, int[] a, int[] b) {
        Emitter e = fl.e;
        if (t instanceof Type.Adt sa && sa.def().isLang("string")) {
            // by their bytes, as str
            e.get(a[0]).load(Op.I32_LOAD, 0).get(a[0]).load(Op.I32_LOAD, 8);
            e.get(b[0]).load(Op.I32_LOAD, 0).get(b[0]).load(Op.I32_LOAD, 8);
            e.call(RuntimeLibrary.STR_CMP);
            return;
        }
        if (t instanceof Type.Adt ba && ba.def().isLang("owned_box")) {
            Type inner = ba.args().get(0);
            e.get(a[0]).load(Op.I32_LOAD, 0);
            fl.loadValue(inner);
            int[] x = fl.spill(inner);
            e.get(b[0]).load(Op.I32_LOAD, 0);
            fl.loadValue(inner);
            int[] y = fl.spill(inner);
            threeWay(fl, inner, x, y);
            fl.release(x);
            fl.release(y);
            return;
        }
        if (Layouts.isAggregate(t)) {
            fl.load(a);
            fl.load(b);
            e.call(fl.phaseRef().glue().cmp(t));
            return;
        }
        if (Type.isStrRef(t)) {
            fl.load(a);
            fl.load(b);
            e.call(RuntimeLibrary.STR_CMP);
            return;
        }
        // -(a < b) + (a > b), with 2 when neither holds nor a == b (NaN)
        dispatch(fl, BinOp.GT, t, a, b);
        dispatch(fl, BinOp.LT, t, a, b);
        e.op(Op.I32_SUB);
        if (t instanceof Type.Float) {
            int r = fl.temp(dev.wasmrust.compiler.wasmir.ValType.I32);
            e.set(r);
            e.get(r);
            e.i32(2);
            e.get(r);
            dispatch(fl, BinOp.EQ, t, a, b);
            e.op(Op.I32_OR);
            e.emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
            fl.release(r);
        }
    }

    private static void ordering(FunctionLowering fl, BinOp op) {
        Emitter e = fl.e;
        e.i32(0);
        e.op(switch (op) {
            case EQ -> Op.I32_EQ;
            case NE -> Op.I32_NE;
            case LT -> Op.I32_LT_S;
            case LE -> Op.I32_LE_S;
            case GT -> Op.I32_GT_S;
            default -> Op.I32_GE_S;
        });
    }
}
