package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import java.util.List;

/**
 * Clone as rustc's {@code #[derive(Clone)]} defines it: a value whose parts own nothing is copied bitwise;
 * otherwise it is copied and each owning part (a String, Vec or Box, or a type with its own
 * {@code impl Clone}) is replaced by that part's clone.
 */
final class CloneGlue {
    private CloneGlue() {}

    static boolean isBitwise(FunctionLowering fl, Type t) {
        if (t instanceof Type.Adt a) {
            if (a.def().lang() != null || fl.phaseRef().hasTraitImpl("Clone", t)) {
                return false;
            }
            for (int v = 0; v < a.def().variants().size(); v++) {
                for (Type f : FunctionLowering.fieldTypes(a, v)) {
                    if (!isBitwise(fl, f)) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (t instanceof Type.Tuple tu) {
            return tu.elems().stream().allMatch(e -> isBitwise(fl, e));
        }
        if (t instanceof Type.Array a) {
            return isBitwise(fl, a.elem());
        }
        return true;
    }

    /** Body of {@code __clone<T>(v: &T) -> T}: copy, then clone the owning parts into the copy. */
    static void body(FunctionLowering fl, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        Type t = ((Type.Ref) in.args().get(0).type()).inner();
        String impl = fl.phaseRef().traitMethod("Clone", "clone", t);
        if (impl != null) {
            e.get(0).call(impl);
            return;
        }
        if (t instanceof Type.Adt a && a.def().lang() != null) {
            String method = "core::" + (a.def().isLang("owned_box") ? "Box" : a.def().isLang("vec") ? "Vec" : "String") + "::clone";
            e.get(0).call(fl.phaseRef().instance(method, a.args()));
            return;
        }
        int off = fl.frameSlot(t);
        e.get(0);
        fl.storeAt(t, () -> fl.frameAddr(off));
        if (t instanceof Type.Array arr) {
            int size = fl.layouts.size(arr.elem());
            for (int i = 0; i < arr.len(); i++) {
                int at = i * size;
                part(fl, arr.elem(), at, off + at);
            }
        } else if (t instanceof Type.Tuple tu) {
            for (int i = 0; i < tu.elems().size(); i++) {
                int at = fl.layouts.fieldOffset(t, 0, i);
                part(fl, tu.elems().get(i), at, off + at);
            }
        } else if (t instanceof Type.Adt a) {
            for (int v = 0; v < a.def().variants().size(); v++) {
                List<Type> fields = FunctionLowering.fieldTypes(a, v);
                if (fields.stream().allMatch(f -> isBitwise(fl, f))) {
                    continue;
                }
                if (a.def().isEnum()) {
                    AdtDef.Variant var = a.def().variants().get(v);
                    e.get(0).load(Op.I32_LOAD, 0).i32(var.discriminant().intValue()).op(Op.I32_EQ);
                    e.ifThen(BlockType.EMPTY);
                }
                for (int i = 0; i < fields.size(); i++) {
                    int at = fl.layouts.fieldOffset(t, v, i);
                    part(fl, fields.get(i), at, off + at);
                }
                if (a.def().isEnum()) {
                    e.end();
                }
            }
        }
        fl.frameAddr(off);
    }

    /** Replaces the copied part at frame offset {@code dst} by the clone of the source part at {@code src}. */
    private static void part(FunctionLowering fl, Type t, int src, int dst) {
        if (isBitwise(fl, t)) {
            return;
        }
        Emitter e = fl.e;
        e.get(0).i32(src).op(Op.I32_ADD);
        e.call(fl.phaseRef().glue().cloneOf(t));
        fl.storeAt(t, () -> fl.frameAddr(dst));
    }

}
