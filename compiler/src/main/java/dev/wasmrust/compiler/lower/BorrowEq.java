package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.types.IntKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;

/**
 * {@code intrinsics::borrow_eq::<K, Q>(k: &K, q: &Q)}: whether an owned key equals a borrowed form of it, as
 * {@code k.borrow() == q} does with the standard library's `Borrow` impls (the type checker admits only
 * those pairs): the same type, a reference and its target, `String` and `str`, `Vec<T>` and `[T]`,
 * `Box<T>` and `T`.
 */
final class BorrowEq {
    private BorrowEq() {}

    /** With {@code k} (an address) and {@code q} (an address, or a fat reference) on the stack, leaves a bool. */
    static void lower(FunctionLowering fl, Type k, Type q) {
        Emitter e = fl.e;
        if (k.equals(q)) {
            int qa = fl.temp(ValType.I32);
            int ka = fl.temp(ValType.I32);
            e.set(qa).set(ka);
            Intrinsics.fieldsDiffer(fl, k, () -> e.get(ka), () -> e.get(qa));
            e.op(Op.I32_EQZ);
            fl.release(qa, ka);
            return;
        }
        if (k instanceof Type.Ref r && (r.inner() instanceof Type.Str || r.inner() instanceof Type.Slice)) {
            // `&str` keys looked up by `str`: the stored fat reference against the given one
            int[] qv = fl.spill(new Type.Ref(false, q));
            fl.loadValue(k);
            fl.load(qv);
            fl.release(qv);
            e.call(fl.phaseRef().glue().eqSlice(q instanceof Type.Slice s ? s.elem() : Type.of(IntKind.U8)));
            return;
        }
        if (k instanceof Type.Ref r) {
            int[] qv = fl.spill(new Type.Ref(false, q));
            e.load(Op.I32_LOAD, 0);
            fl.load(qv);
            fl.release(qv);
            lower(fl, r.inner(), q);
            return;
        }
        Type.Adt a = (Type.Adt) k;
        if (a.def().isLang("owned_box")) {
            int[] qv = fl.spill(new Type.Ref(false, q));
            e.load(Op.I32_LOAD, fl.layouts.fieldOffset(a, 0, 0));
            fl.load(qv);
            fl.release(qv);
            lower(fl, a.args().get(0), q);
            return;
        }
        // String / Vec<T> against str / [T]: as slices
        int[] qv = fl.spill(new Type.Ref(false, q));
        int addr = fl.temp(ValType.I32);
        e.set(addr);
        Type vec = a;
        int base = 0;
        if (a.def().isLang("string")) {
            vec = FunctionLowering.fieldTypes(a, 0).get(0);
            base = fl.layouts.fieldOffset(a, 0, 0);
        }
        e.get(addr).load(Op.I32_LOAD, base + fl.layouts.fieldOffset(vec, 0, 0));
        e.get(addr).load(Op.I32_LOAD, base + fl.layouts.fieldOffset(vec, 0, 2));
        fl.load(qv);
        fl.release(qv);
        fl.release(addr);
        Type elem = a.def().isLang("string") ? Type.of(IntKind.U8) : a.args().get(0);
        e.call(fl.phaseRef().glue().eqSlice(elem));
    }
}
