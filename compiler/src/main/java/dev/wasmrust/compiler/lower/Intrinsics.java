package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.ast.BinOp;
import dev.wasmrust.compiler.thir.FmtSpec;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.FloatKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import java.util.List;

/**
 * Expands the compiler's intrinsics: float methods (each one or a few wasm instructions with Rust's
 * semantics — {@code round} rounds half away from zero, {@code min}/{@code max} ignore a NaN operand,
 * {@code powi} multiplies by repeated squaring as compiler-rt does), slice and string lengths, and the
 * bodies of derived glue functions (equality, Debug).
 */
final class Intrinsics {
    private Intrinsics() {}

    static void lower(FunctionLowering fl, TExpr.Intrinsic in) {
        String name = in.name();
        if (name.equals("f64::from_bits") || name.equals("f32::from_bits")) {
            fl.expr(in.args().get(0));
            fl.e.op(name.startsWith("f64") ? Op.F64_REINTERPRET_I64 : Op.F32_REINTERPRET_I32);
            return;
        }
        if (name.startsWith("int::")) {
            intMethod(fl, name.substring(5), in.args().get(0));
            return;
        }
        if (name.startsWith("f32::") || name.startsWith("f64::")) {
            floatMethod(fl, name.startsWith("f32::") ? FloatKind.F32 : FloatKind.F64, name.substring(5), in.args());
            return;
        }
        switch (name) {
            case "slice::len", "slice::is_empty", "str::len", "str::is_empty" -> {
                TExpr arg = in.args().get(0);
                fl.expr(arg);
                Type t = arg.type();
                if (t instanceof Type.Ref r && r.inner() instanceof Type.Array a) {
                    fl.e.drop();
                    fl.e.i32((int) a.len());
                } else {
                    int len = fl.temp(ValType.I32);
                    fl.e.set(len).drop();
                    fl.e.get(len);
                    fl.release(len);
                }
                if (name.endsWith("is_empty")) {
                    fl.e.op(Op.I32_EQZ);
                }
            }
            case "intrinsics::size_of" -> fl.e.i32(fl.layouts.size(in.typeArgs().get(0)));
            case "intrinsics::align_of" -> fl.e.i32(fl.layouts.of(in.typeArgs().get(0)).align());
            case "intrinsics::read" -> {
                Type t = in.typeArgs().get(0);
                fl.expr(in.args().get(0));
                fl.loadValue(t);
                if (Layouts.isAggregate(t)) {
                    fl.copyToTemp(t);
                }
            }
            case "intrinsics::write" -> {
                Type t = in.typeArgs().get(0);
                fl.expr(in.args().get(0));
                int a = fl.temp(ValType.I32);
                fl.e.set(a);
                fl.expr(in.args().get(1));
                fl.storeAt(t, () -> fl.e.get(a));
                fl.release(a);
            }
            case "intrinsics::ref_at", "intrinsics::mut_at" -> fl.expr(in.args().get(0));
            case "intrinsics::addr_of" -> {
                fl.expr(in.args().get(0));
                if (Layouts.isFatRef(in.args().get(0).type())) {
                    fl.e.drop();
                }
            }
            case "intrinsics::slice_at", "intrinsics::slice_mut_at", "intrinsics::str_at" -> {
                fl.expr(in.args().get(0));
                fl.expr(in.args().get(1));
            }
            case "intrinsics::copy" -> {
                fl.expr(in.args().get(0));
                fl.expr(in.args().get(1));
                fl.expr(in.args().get(2));
                fl.e.emit(new dev.wasmrust.compiler.wasmir.Inst.MemoryCopy());
            }
            case "intrinsics::memory_grow" -> {
                fl.expr(in.args().get(0));
                fl.e.emit(new dev.wasmrust.compiler.wasmir.Inst.MemoryGrow());
            }
            case "intrinsics::heap_base" -> fl.e.i32(MemoryLayout.STACK_TOP);
            case "intrinsics::value_slot" -> fl.e.i32(MemoryLayout.VALUE_SLOT);
            case "intrinsics::char_from_u32" -> fl.expr(in.args().get(0));
            case "intrinsics::wrapping_add", "intrinsics::wrapping_sub", "intrinsics::wrapping_mul",
                    "intrinsics::add_overflows", "intrinsics::sub_overflows", "intrinsics::mul_overflows" ->
                    IntArith.lower(fl, name.substring(12), in);
            case "intrinsics::clone" -> {
                Type t = in.typeArgs().get(0);
                fl.expr(in.args().get(0));
                if (CloneGlue.isBitwise(fl, t)) {
                    fl.loadValue(t);
                    if (Layouts.isAggregate(t)) {
                        fl.copyToTemp(t);
                    }
                } else {
                    fl.e.call(fl.phaseRef().glue().cloneOf(t));
                    if (Layouts.isAggregate(t)) {
                        fl.copyToTemp(t);
                    }
                }
            }
            case "glue::clone" -> CloneGlue.body(fl, in);
            case "glue::drop" -> DropGlue.body(fl, in);
            case "glue::hash" -> HashGlue.body(fl, in);
            case "intrinsics::borrow_eq" -> {
                fl.expr(in.args().get(0));
                fl.expr(in.args().get(1));
                BorrowEq.lower(fl, in.typeArgs().get(0), in.typeArgs().get(1));
            }
            case "intrinsics::hash" -> {
                // FNV-1a's offset basis as the initial state
                fl.expr(in.args().get(0));
                fl.e.i64(0xcbf29ce484222325L).call(fl.phaseRef().glue().hash(in.typeArgs().get(0)));
            }
            case "intrinsics::drop_in_place" -> {
                Type t = in.typeArgs().get(0);
                fl.expr(in.args().get(0));
                if (fl.phaseRef().needsDrop(t)) {
                    fl.e.call(fl.phaseRef().glue().drop(t));
                } else {
                    fl.e.drop();
                }
            }
            case "intrinsics::forget" -> {
                fl.expr(in.args().get(0));
                fl.dropValue(in.args().get(0).type());
            }
            case "intrinsics::needs_drop" -> fl.e.i32(fl.phaseRef().needsDrop(in.typeArgs().get(0)) ? 1 : 0);
            case "intrinsics::three_way" -> {
                // -1, 0, 1, or 2 when unordered (a NaN), as derived PartialOrd's glue computes it
                Type t = in.typeArgs().get(0);
                Type value = t instanceof Type.Str || t instanceof Type.Slice ? new Type.Ref(false, t) : t;
                int[][] v = new int[2][];
                for (int i = 0; i < 2; i++) {
                    fl.expr(in.args().get(i));
                    if (!Layouts.isAggregate(t) && value == t) {
                        fl.loadValue(t);
                    }
                    v[i] = fl.spill(value);
                }
                Comparisons.threeWay(fl, value, v[0], v[1]);
                fl.release(v[0]);
                fl.release(v[1]);
            }
            case "intrinsics::push_bytes" -> {
                fl.expr(in.args().get(0));
                fl.expr(in.args().get(1));
                fl.e.call(RuntimeLibrary.PUSH);
            }
            case "intrinsics::read_stdin" -> {
                fl.expr(in.args().get(0));
                fl.expr(in.args().get(1));
                // a cell reads through the session (every profile has it); a program through WASI's fd_read
                fl.e.call(fl.phaseRef().isCell() ? RuntimeLibrary.HOST_READ : RuntimeLibrary.READ);
            }
            case "intrinsics::alloc_failed" -> {
                fl.expr(in.args().get(0));
                if (fl.phaseRef().isCell()) {
                    // the session reports it (and its size) as an out-of-memory fault of the cell
                    fl.e.call(RuntimeLibrary.HOST_OOM).unreachable();
                    return;
                }
                int n = fl.temp(ValType.I32);
                fl.e.set(n);
                fl.e.i32(2).call(RuntimeLibrary.BEGIN);
                fl.pushText("memory allocation of ");
                fl.formatInt(new int[] {n}, dev.wasmrust.compiler.types.IntKind.USIZE, FmtSpec.DISPLAY);
                fl.pushText(" bytes failed\n");
                fl.e.call(RuntimeLibrary.FLUSH);
                fl.e.i32(134).call(RuntimeLibrary.EXIT).unreachable();
                fl.release(n);
            }
            case "glue::eq" -> eqGlue(fl, in);
            case "glue::eq_slice" -> eqSliceGlue(fl, in);
            case "glue::cmp" -> cmpGlue(fl, in);
            case "glue::debug" -> DebugGlue.body(fl, in);
            default -> {
                dev.wasmrust.compiler.types.HostCalls.HostCall host = name.startsWith("intrinsics::")
                        ? dev.wasmrust.compiler.types.HostCalls.of(name.substring(12)) : null;
                if (host == null) {
                    throw new IllegalStateException("unknown intrinsic " + name);
                }
                for (TExpr a : in.args()) {
                    fl.expr(a);
                }
                fl.e.call(fl.phaseRef().hostImport(host));
            }
        }
    }

    private static void floatMethod(FunctionLowering fl, FloatKind k, String m, List<TExpr> args) {
        Emitter e = fl.e;
        boolean f32 = k == FloatKind.F32;
        ValType vt = f32 ? ValType.F32 : ValType.F64;
        fl.expr(args.get(0));
        switch (m) {
            case "sqrt" -> e.op(f32 ? Op.F32_SQRT : Op.F64_SQRT);
            case "abs" -> e.op(f32 ? Op.F32_ABS : Op.F64_ABS);
            case "floor" -> e.op(f32 ? Op.F32_FLOOR : Op.F64_FLOOR);
            case "ceil" -> e.op(f32 ? Op.F32_CEIL : Op.F64_CEIL);
            case "trunc" -> e.op(f32 ? Op.F32_TRUNC : Op.F64_TRUNC);
            case "to_bits" -> e.op(f32 ? Op.I32_REINTERPRET_F32 : Op.I64_REINTERPRET_F64);
            case "is_nan" -> {
                int x = fl.temp(vt);
                e.tee(x).get(x).op(f32 ? Op.F32_NE : Op.F64_NE);
                fl.release(x);
            }
            case "is_infinite" -> {
                e.op(f32 ? Op.F32_ABS : Op.F64_ABS);
                constant(e, f32, Double.POSITIVE_INFINITY);
                e.op(f32 ? Op.F32_EQ : Op.F64_EQ);
            }
            case "is_finite" -> {
                e.op(f32 ? Op.F32_ABS : Op.F64_ABS);
                constant(e, f32, Double.POSITIVE_INFINITY);
                e.op(f32 ? Op.F32_LT : Op.F64_LT);
            }
            case "is_sign_negative", "is_sign_positive" -> {
                if (f32) {
                    e.op(Op.I32_REINTERPRET_F32).i32(31).op(Op.I32_SHR_U);
                } else {
                    e.op(Op.I64_REINTERPRET_F64).i64(63).op(Op.I64_SHR_U).op(Op.I32_WRAP_I64);
                }
                if (m.equals("is_sign_positive")) {
                    e.op(Op.I32_EQZ);
                }
            }
            case "signum" -> {
                // NaN stays NaN; otherwise ±1 with the sign of the value
                int x = fl.temp(vt);
                e.set(x);
                constant(e, f32, 1.0);
                e.get(x).op(f32 ? Op.F32_COPYSIGN : Op.F64_COPYSIGN);
                e.get(x);
                e.get(x).get(x).op(f32 ? Op.F32_EQ : Op.F64_EQ);
                e.emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
                fl.release(x);
            }
            case "fract" -> {
                int x = fl.temp(vt);
                e.tee(x).get(x).op(f32 ? Op.F32_TRUNC : Op.F64_TRUNC).op(f32 ? Op.F32_SUB : Op.F64_SUB);
                fl.release(x);
            }
            case "round" -> {
                // t = trunc(x); if |x - t| >= 0.5 then t + copysign(1, x) else t  (x - t is exact)
                int x = fl.temp(vt);
                int t = fl.temp(vt);
                e.tee(x).op(f32 ? Op.F32_TRUNC : Op.F64_TRUNC).set(t);
                e.get(t);
                constant(e, f32, 1.0);
                e.get(x).op(f32 ? Op.F32_COPYSIGN : Op.F64_COPYSIGN).op(f32 ? Op.F32_ADD : Op.F64_ADD);
                e.get(t);
                e.get(x).get(t).op(f32 ? Op.F32_SUB : Op.F64_SUB).op(f32 ? Op.F32_ABS : Op.F64_ABS);
                constant(e, f32, 0.5);
                e.op(f32 ? Op.F32_GE : Op.F64_GE);
                e.emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
                fl.release(x, t);
            }
            case "min", "max", "copysign" -> {
                fl.expr(args.get(1));
                if (m.equals("copysign")) {
                    e.op(f32 ? Op.F32_COPYSIGN : Op.F64_COPYSIGN);
                    return;
                }
                int b = fl.temp(vt);
                int a = fl.temp(vt);
                e.set(b).set(a);
                // a NaN operand yields the other one, as Rust's min and max do
                int r = fl.temp(vt);
                e.get(a);
                e.get(a).get(b).op(m.equals("min") ? (f32 ? Op.F32_MIN : Op.F64_MIN) : (f32 ? Op.F32_MAX : Op.F64_MAX));
                e.get(b).get(b).op(f32 ? Op.F32_NE : Op.F64_NE);
                e.emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
                e.set(r);
                e.get(b).get(r);
                e.get(a).get(a).op(f32 ? Op.F32_NE : Op.F64_NE);
                e.emit(new dev.wasmrust.compiler.wasmir.Inst.Select(null));
                fl.release(r);
                fl.release(a, b);
            }
            case "powi" -> {
                fl.expr(args.get(1));
                e.call(f32 ? RuntimeLibrary.POWI_F32 : RuntimeLibrary.POWI_F64);
            }
            default -> throw new IllegalStateException("float method " + m);
        }
    }

    /** Bit counts on the value's own width (narrow integers are kept sign- or zero-extended in an i32). */
    private static void intMethod(FunctionLowering fl, String m, TExpr arg) {
        Emitter e = fl.e;
        dev.wasmrust.compiler.types.IntKind k = ((Type.Int) arg.type()).kind();
        boolean wide = k.bits() == 64;
        fl.expr(arg);
        if (!wide && k.bits() < 32) {
            e.i32((int) ((1L << k.bits()) - 1)).op(Op.I32_AND);
        }
        switch (m) {
            case "leading_zeros" -> {
                e.op(wide ? Op.I64_CLZ : Op.I32_CLZ);
                if (!wide && k.bits() < 32) {
                    e.i32(32 - k.bits()).op(Op.I32_SUB);
                }
            }
            case "trailing_zeros" -> {
                if (!wide && k.bits() < 32) {
                    e.i32(1 << k.bits()).op(Op.I32_OR);
                }
                e.op(wide ? Op.I64_CTZ : Op.I32_CTZ);
            }
            case "count_ones" -> e.op(wide ? Op.I64_POPCNT : Op.I32_POPCNT);
            default -> {
                e.op(wide ? Op.I64_POPCNT : Op.I32_POPCNT);
                if (wide) {
                    e.op(Op.I32_WRAP_I64);
                }
                e.i32(k.bits()).op(Op.I32_SUB).i32(-1).op(Op.I32_MUL);
                return;
            }
        }
        if (wide) {
            e.op(Op.I32_WRAP_I64);
        }
    }

    private static void constant(Emitter e, boolean f32, double v) {
        if (f32) {
            e.emit(new dev.wasmrust.compiler.wasmir.Inst.Const(ValType.F32, Float.floatToRawIntBits((float) v)));
        } else {
            e.emit(new dev.wasmrust.compiler.wasmir.Inst.Const(ValType.F64, Double.doubleToRawLongBits(v)));
        }
    }

    /** Derived PartialEq: fields compared in order, stopping at the first difference; enums compare tags first. */
    private static void eqGlue(FunctionLowering fl, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        Type t = ((Type.Ref) in.args().get(0).type()).inner();
        int a = 0;
        int b = 1;
        if (t instanceof Type.Array arr) {
            elementsEqual(fl, arr.elem(), () -> e.i32((int) arr.len()), a, b);
            return;
        }
        int result = e.block(BlockType.EMPTY);
        int variants = t instanceof Type.Adt adt ? adt.def().variants().size() : 1;
        boolean isEnum = t instanceof Type.Adt adt2 && adt2.def().isEnum();
        if (isEnum) {
            e.get(a).load(Op.I32_LOAD, 0).get(b).load(Op.I32_LOAD, 0).op(Op.I32_NE);
            e.ifThen(BlockType.EMPTY);
            e.i32(0);
            fl.epilogue();
            e.ret();
            e.end();
        }
        for (int v = 0; v < variants; v++) {
            List<Type> fields = FunctionLowering.fieldTypes(t, v);
            if (isEnum) {
                AdtDef.Variant var = ((Type.Adt) t).def().variants().get(v);
                e.get(a).load(Op.I32_LOAD, 0).i32(var.discriminant().intValue()).op(Op.I32_EQ);
                e.ifThen(BlockType.EMPTY);
            }
            for (int f = 0; f < fields.size(); f++) {
                int off = fl.layouts.fieldOffset(t, v, f);
                fieldsDiffer(fl, fields.get(f), () -> e.get(a).i32(off).op(Op.I32_ADD), () -> e.get(b).i32(off).op(Op.I32_ADD));
                e.ifThen(BlockType.EMPTY);
                e.i32(0);
            fl.epilogue();
            e.ret();
                e.end();
            }
            if (isEnum) {
                e.end();
            }
        }
        e.end();
        e.i32(1);
    }

    /** Slices are equal when their lengths are and their elements are, pairwise. Params: (pa, la, pb, lb). */
    private static void eqSliceGlue(FunctionLowering fl, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        Type elem = ((Type.Slice) ((Type.Ref) in.args().get(0).type()).inner()).elem();
        e.get(1).get(3).op(Op.I32_NE);
        e.ifThen(BlockType.EMPTY);
        e.i32(0);
        fl.epilogue();
        e.ret();
        e.end();
        elementsEqual(fl, elem, () -> e.get(1), 0, 2);
    }

    /**
     * Leaves 1 when the {@code len} elements at the addresses in locals {@code a} and {@code b} are pairwise
     * equal; returns 0 from the glue function at the first difference.
     */
    private static void elementsEqual(FunctionLowering fl, Type elem, Runnable len, int a, int b) {
        Emitter e = fl.e;
        int size = fl.layouts.size(elem);
        int i = fl.temp(ValType.I32);
        e.i32(0).set(i);
        int done = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i);
        len.run();
        e.op(Op.I32_GE_U).brIf(done);
        fieldsDiffer(fl, elem, () -> e.get(a).get(i).i32(size).op(Op.I32_MUL).op(Op.I32_ADD),
                () -> e.get(b).get(i).i32(size).op(Op.I32_MUL).op(Op.I32_ADD));
        e.ifThen(BlockType.EMPTY);
        e.i32(0);
        fl.epilogue();
        e.ret();
        e.end();
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(top);
        e.end();
        e.end();
        e.i32(1);
    }

    /** Derived PartialOrd: enums by variant first, then fields (or elements) in order until one differs. */
    private static void cmpGlue(FunctionLowering fl, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        Type t = ((Type.Ref) in.args().get(0).type()).inner();
        int r = fl.temp(ValType.I32);
        if (t instanceof Type.Array arr) {
            int size = fl.layouts.size(arr.elem());
            for (int i = 0; i < arr.len(); i++) {
                int at = i * size;
                cmpPart(fl, arr.elem(), at, r);
            }
            e.i32(0);
            return;
        }
        boolean isEnum = t instanceof Type.Adt adt && adt.def().isEnum();
        int variants = t instanceof Type.Adt adt2 ? adt2.def().variants().size() : 1;
        if (isEnum) {
            // variants order by declaration (their discriminants, as derived PartialOrd does)
            e.get(0).load(Op.I32_LOAD, 0).get(1).load(Op.I32_LOAD, 0).op(Op.I32_GT_S);
            e.get(0).load(Op.I32_LOAD, 0).get(1).load(Op.I32_LOAD, 0).op(Op.I32_LT_S);
            e.op(Op.I32_SUB).tee(r);
            e.ifThen(BlockType.EMPTY);
            e.get(r);
            fl.epilogue();
            e.ret();
            e.end();
        }
        for (int v = 0; v < variants; v++) {
            List<Type> fields = FunctionLowering.fieldTypes(t, v);
            if (isEnum) {
                AdtDef.Variant var = ((Type.Adt) t).def().variants().get(v);
                e.get(0).load(Op.I32_LOAD, 0).i32(var.discriminant().intValue()).op(Op.I32_EQ);
                e.ifThen(BlockType.EMPTY);
            }
            for (int f = 0; f < fields.size(); f++) {
                cmpPart(fl, fields.get(f), fl.layouts.fieldOffset(t, v, f), r);
            }
            if (isEnum) {
                e.end();
            }
        }
        e.i32(0);
    }

    /** Compares the parts at offset {@code at} of both values; returns their result when it is not 0. */
    private static void cmpPart(FunctionLowering fl, Type t, int at, int r) {
        Emitter e = fl.e;
        e.get(0).i32(at).op(Op.I32_ADD);
        fl.loadValue(t);
        int[] x = fl.spill(t);
        e.get(1).i32(at).op(Op.I32_ADD);
        fl.loadValue(t);
        int[] y = fl.spill(t);
        Comparisons.threeWay(fl, t, x, y);
        fl.release(x);
        fl.release(y);
        e.tee(r);
        e.ifThen(BlockType.EMPTY);
        e.get(r);
        fl.epilogue();
        e.ret();
        e.end();
    }

    /** Leaves 1 when the values of type {@code t} at the two addresses differ. */
    static void fieldsDiffer(FunctionLowering fl, Type t, Runnable addrA, Runnable addrB) {
        addrA.run();
        fl.loadValue(t);
        int[] x = fl.spill(t);
        addrB.run();
        fl.loadValue(t);
        int[] y = fl.spill(t);
        Comparisons.dispatch(fl, BinOp.NE, t, x, y);
        fl.release(x);
        fl.release(y);
    }

    static FmtSpec specOf(FunctionLowering fl) {
        return fl.phaseRef().glue().spec(fl.symbol());
    }
}
