package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.FloatKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import java.util.List;

/**
 * Hashing glue for the standard library's hash maps ({@code intrinsics::hash}): {@code __hash<T>(p, h) -> u64}
 * feeds the value at address {@code p} into the running state {@code h}, structurally, as a derived
 * {@code Hash} would: integers, {@code bool} and {@code char} by value, strings by their bytes (so equal
 * strings hash equally wherever they live), vectors and slices by their length and elements, references and
 * boxes by what they point to, tuples, arrays and structs field by field, enums by discriminant and fields.
 * Deterministic (Rust's {@code RandomState} is random, so no program can depend on the order it gives).
 */
final class HashGlue {
    private HashGlue() {}

    /** 64-bit FNV prime: each word is mixed in as {@code h = (h ^ x) * P}. */
    private static final long PRIME = 0x100000001b3L;

    static void body(FunctionLowering fl, TExpr.Intrinsic in) {
        Type t = in.typeArgs().get(0);
        Emitter e = fl.e;
        value(fl, t);
        e.get(1);
    }

    /** Updates local 1 (the state) with the value of type {@code t} at the address in local 0. */
    private static void value(FunctionLowering fl, Type t) {
        Emitter e = fl.e;
        if (t instanceof Type.Int || t instanceof Type.Bool || t instanceof Type.Char || t instanceof Type.Float) {
            e.get(0);
            fl.loadValue(t);
            List<ValType> parts = Layouts.wasmTypes(t);
            if (parts.size() == 2) {
                int hi = fl.temp(ValType.I64);
                e.set(hi);
                mix(e);
                e.get(hi);
                mix(e);
                fl.release(hi);
                return;
            }
            if (t instanceof Type.Float f) {
                e.op(f.kind() == FloatKind.F32 ? Op.I32_REINTERPRET_F32 : Op.I64_REINTERPRET_F64);
                if (f.kind() == FloatKind.F32) {
                    e.op(Op.I64_EXTEND_I32_U);
                }
            } else if (parts.get(0) == ValType.I32) {
                e.op(Op.I64_EXTEND_I32_U);
            }
            mix(e);
            return;
        }
        if (t instanceof Type.Ref r) {
            if (r.inner() instanceof Type.Str) {
                bytes(fl, 0, 4);
            } else if (r.inner() instanceof Type.Slice s) {
                elements(fl, s.elem(), 0, 4);
            } else {
                e.get(0).load(Op.I32_LOAD, 0);
                e.get(1).call(fl.phaseRef().glue().hash(r.inner()));
                e.set(1);
            }
            return;
        }
        if (t instanceof Type.Adt a && a.def().isLang("string")) {
            Type vec = FunctionLowering.fieldTypes(a, 0).get(0);
            int base = fl.layouts.fieldOffset(a, 0, 0);
            bytes(fl, base + fl.layouts.fieldOffset(vec, 0, 0), base + fl.layouts.fieldOffset(vec, 0, 2));
            return;
        }
        if (t instanceof Type.Adt a && a.def().isLang("vec")) {
            elements(fl, a.args().get(0), fl.layouts.fieldOffset(a, 0, 0), fl.layouts.fieldOffset(a, 0, 2));
            return;
        }
        if (t instanceof Type.Adt a && a.def().isLang("owned_box")) {
            e.get(0).load(Op.I32_LOAD, fl.layouts.fieldOffset(a, 0, 0));
            e.get(1).call(fl.phaseRef().glue().hash(a.args().get(0)));
            e.set(1);
            return;
        }
        if (t instanceof Type.Array arr) {
            int size = fl.layouts.size(arr.elem());
            for (int i = 0; i < arr.len(); i++) {
                part(fl, arr.elem(), i * size);
            }
            return;
        }
        if (t instanceof Type.Adt a) {
            boolean isEnum = a.def().isEnum();
            if (isEnum) {
                e.get(0).load(Op.I32_LOAD, 0).op(Op.I64_EXTEND_I32_U);
                mix(e);
            }
            for (int v = 0; v < a.def().variants().size(); v++) {
                List<Type> fields = FunctionLowering.fieldTypes(a, v);
                if (fields.isEmpty()) {
                    continue;
                }
                if (isEnum) {
                    AdtDef.Variant var = a.def().variants().get(v);
                    e.get(0).load(Op.I32_LOAD, 0).i32(var.discriminant().intValue()).op(Op.I32_EQ);
                    e.ifThen(BlockType.EMPTY);
                }
                for (int i = 0; i < fields.size(); i++) {
                    part(fl, fields.get(i), fl.layouts.fieldOffset(t, v, i));
                }
                if (isEnum) {
                    e.end();
                }
            }
            return;
        }
        if (t instanceof Type.Tuple tu) {
            for (int i = 0; i < tu.elems().size(); i++) {
                part(fl, tu.elems().get(i), fl.layouts.fieldOffset(t, 0, i));
            }
        }
        // unit and other zero-sized values add nothing
    }

    private static void part(FunctionLowering fl, Type t, int offset) {
        Emitter e = fl.e;
        e.get(0);
        if (offset != 0) {
            e.i32(offset).op(Op.I32_ADD);
        }
        e.get(1).call(fl.phaseRef().glue().hash(t));
        e.set(1);
    }

    /** {@code h = (h ^ x) * P} with the i64 {@code x} on the stack. */
    private static void mix(Emitter e) {
        e.get(1).op(Op.I64_XOR).i64(PRIME).op(Op.I64_MUL).set(1);
    }

    /** The length, then every byte, of the bytes whose address and length are at offsets {@code ptrAt}, {@code lenAt}. */
    private static void bytes(FunctionLowering fl, int ptrAt, int lenAt) {
        sequence(fl, ptrAt, lenAt, null);
    }

    private static void elements(FunctionLowering fl, Type elem, int ptrAt, int lenAt) {
        sequence(fl, ptrAt, lenAt, elem);
    }

    private static void sequence(FunctionLowering fl, int ptrAt, int lenAt, Type elem) {
        Emitter e = fl.e;
        int ptr = fl.temp(ValType.I32);
        int len = fl.temp(ValType.I32);
        int i = fl.temp(ValType.I32);
        e.get(0).load(Op.I32_LOAD, ptrAt).set(ptr);
        e.get(0).load(Op.I32_LOAD, lenAt).set(len);
        e.get(len).op(Op.I64_EXTEND_I32_U);
        mix(e);
        e.i32(0).set(i);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i).get(len).op(Op.I32_GE_U).brIf(brk);
        if (elem == null) {
            e.get(ptr).get(i).op(Op.I32_ADD).load(Op.I32_LOAD8_U, 0).op(Op.I64_EXTEND_I32_U);
            mix(e);
        } else {
            e.get(ptr).get(i).i32(fl.layouts.size(elem)).op(Op.I32_MUL).op(Op.I32_ADD);
            e.get(1).call(fl.phaseRef().glue().hash(elem));
            e.set(1);
        }
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(top);
        e.end();
        e.end();
        fl.release(ptr, len, i);
    }
}
