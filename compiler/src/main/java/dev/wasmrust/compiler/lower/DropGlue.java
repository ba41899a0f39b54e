package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drop glue as rustc defines it ({@code core::ptr::drop_in_place}): a value's own {@code Drop::drop} runs
 * first, then its fields are dropped in declaration order (an enum's active variant's fields; tuple and
 * array elements in order). A type needs drop when it has a {@code Drop} impl (the standard library's
 * {@code Vec} and {@code Box} have one that drops their contents and frees their memory) or a part that does.
 */
final class DropGlue {
    private final LowerPhase phase;
    private final Map<String, Boolean> memo = new HashMap<>();

    DropGlue(LowerPhase phase) {
        this.phase = phase;
    }

    boolean needsDrop(Type t) {
        if (!(t instanceof Type.Adt || t instanceof Type.Tuple || t instanceof Type.Array || t instanceof Type.Closure)) {
            return false;
        }
        String key = LowerPhase.instanceKey(t);
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        memo.put(key, false); // a recursive type needs drop only through a part with a Drop impl (Box, Vec)
        boolean needs;
        if (t instanceof Type.Adt a) {
            needs = phase.hasTraitImpl("Drop", t);
            for (int v = 0; !needs && v < a.def().variants().size(); v++) {
                needs = FunctionLowering.fieldTypes(a, v).stream().anyMatch(this::needsDrop);
            }
        } else if (t instanceof Type.Array arr) {
            needs = arr.len() > 0 && needsDrop(arr.elem());
        } else {
            needs = FunctionLowering.fieldTypes(t, 0).stream().anyMatch(this::needsDrop);
        }
        memo.put(key, needs);
        return needs;
    }

    /** Body of {@code __drop<T>(p: usize)}: the value's own drop, then its parts'. */
    static void body(FunctionLowering fl, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        Type t = in.typeArgs().get(0);
        String impl = fl.phaseRef().traitMethod("Drop", "drop", t);
        if (impl != null) {
            e.get(0).call(impl);
        }
        if (t instanceof Type.Array arr) {
            int size = fl.layouts.size(arr.elem());
            for (int i = 0; i < arr.len(); i++) {
                part(fl, arr.elem(), i * size);
            }
        } else if (t instanceof Type.Adt a) {
            for (int v = 0; v < a.def().variants().size(); v++) {
                List<Type> fields = FunctionLowering.fieldTypes(a, v);
                if (fields.stream().noneMatch(fl.phaseRef()::needsDrop)) {
                    continue;
                }
                if (a.def().isEnum()) {
                    AdtDef.Variant var = a.def().variants().get(v);
                    e.get(0).load(Op.I32_LOAD, 0).i32(var.discriminant().intValue()).op(Op.I32_EQ);
                    e.ifThen(BlockType.EMPTY);
                }
                for (int i = 0; i < fields.size(); i++) {
                    part(fl, fields.get(i), fl.layouts.fieldOffset(t, v, i));
                }
                if (a.def().isEnum()) {
                    e.end();
                }
            }
        } else {
            List<Type> fields = FunctionLowering.fieldTypes(t, 0);
            for (int i = 0; i < fields.size(); i++) {
                part(fl, fields.get(i), fl.layouts.fieldOffset(t, 0, i));
            }
        }
    }

    private static void part(FunctionLowering fl, Type t, int offset) {
        if (!fl.phaseRef().needsDrop(t)) {
            return;
        }
        fl.e.get(0);
        if (offset != 0) {
            fl.e.i32(offset).op(Op.I32_ADD);
        }
        fl.e.call(fl.phaseRef().glue().drop(t));
    }
}
