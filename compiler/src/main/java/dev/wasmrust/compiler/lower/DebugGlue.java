package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.FmtSpec;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.BlockType;
import dev.wasmrust.compiler.wasmir.Op;
import dev.wasmrust.compiler.wasmir.ValType;
import java.util.List;

/**
 * The body of a derived {@code Debug} glue function, laid out as Rust's {@code debug_struct},
 * {@code debug_tuple} and {@code debug_list} builders do: {@code Name { a: 1, b: 2 }}, {@code Name(1, 2)},
 * {@code (1, 2)}, {@code [1, 2]}; with {@code {:#?}} one field per line, indented by four spaces per
 * level (the runtime's indent counter plays the role of Rust's PadAdapter) and with trailing commas.
 */
final class DebugGlue {
    private DebugGlue() {}

    static void body(FunctionLowering fl, TExpr.Intrinsic in) {
        Emitter e = fl.e;
        FmtSpec spec = Intrinsics.specOf(fl);
        boolean pretty = spec.alternate();
        Type param = in.args().get(0).type();
        Type t = ((Type.Ref) param).inner();
        if (t instanceof Type.Slice sl) {
            list(fl, sl.elem(), spec, pretty, () -> e.get(0), () -> e.get(1), -1);
            return;
        }
        if (t instanceof Type.Array arr) {
            list(fl, arr.elem(), spec, pretty, () -> e.get(0), null, (int) arr.len());
            return;
        }
        if (t instanceof Type.Tuple tu) {
            List<Type> fs = tu.elems();
            open(fl, "(", pretty);
            for (int i = 0; i < fs.size(); i++) {
                field(fl, t, 0, i, fs.get(i), null, spec, pretty, i == 0);
            }
            if (!pretty && fs.size() == 1) {
                fl.pushText(",");
            }
            close(fl, ")", pretty, fs.isEmpty());
            return;
        }
        Type.Adt adt = (Type.Adt) t;
        if (!adt.def().isEnum()) {
            variant(fl, adt, 0, spec, pretty);
            return;
        }
        for (int v = 0; v < adt.def().variants().size(); v++) {
            AdtDef.Variant var = adt.def().variants().get(v);
            e.get(0).load(Op.I32_LOAD, 0).i32(var.discriminant().intValue()).op(Op.I32_EQ);
            e.ifThen(BlockType.EMPTY);
            variant(fl, adt, v, spec, pretty);
            e.end();
        }
    }

    private static void variant(FunctionLowering fl, Type.Adt adt, int v, FmtSpec spec, boolean pretty) {
        AdtDef.Variant var = adt.def().variants().get(v);
        List<Type> fs = FunctionLowering.fieldTypes(adt, v);
        if (fs.isEmpty()) {
            fl.pushText(var.name());
            return;
        }
        boolean named = var.ctor() == AdtDef.CtorKind.NAMED;
        open(fl, var.name() + (named ? " {" : "("), pretty);
        for (int i = 0; i < fs.size(); i++) {
            field(fl, adt, v, i, fs.get(i), named ? var.fields().get(i).name() : null, spec, pretty, i == 0);
        }
        if (named) {
            close(fl, pretty ? "}" : " }", pretty, false);
        } else {
            close(fl, ")", pretty, false);
        }
    }

    private static void open(FunctionLowering fl, String text, boolean pretty) {
        fl.pushText(text);
        if (pretty) {
            fl.e.globalGet(RuntimeLibrary.INDENT).i32(1).op(Op.I32_ADD).globalSet(RuntimeLibrary.INDENT);
        }
    }

    private static void close(FunctionLowering fl, String text, boolean pretty, boolean empty) {
        if (pretty) {
            fl.e.globalGet(RuntimeLibrary.INDENT).i32(1).op(Op.I32_SUB).globalSet(RuntimeLibrary.INDENT);
            if (!empty) {
                fl.e.call(RuntimeLibrary.NEWLINE);
            }
        }
        fl.pushText(text);
    }

    private static void field(FunctionLowering fl, Type owner, int variant, int index, Type ft, String name, FmtSpec spec,
                              boolean pretty, boolean first) {
        Emitter e = fl.e;
        if (pretty) {
            e.call(RuntimeLibrary.NEWLINE);
        } else if (!first) {
            fl.pushText(", ");
        } else if (name != null) {
            fl.pushText(" ");
        }
        if (name != null) {
            fl.pushText(name + ": ");
        }
        int off = fl.layouts.fieldOffset(owner, variant, index);
        e.get(0).i32(off).op(Op.I32_ADD);
        fl.loadValue(ft);
        int[] v = fl.spill(ft);
        fl.formatArg(v, ft, spec);
        fl.release(v);
        if (pretty) {
            fl.pushText(",");
        }
    }

    /** {@code [a, b]}: {@code len} is a constant for arrays, or read from the slice length local. */
    private static void list(FunctionLowering fl, Type elem, FmtSpec spec, boolean pretty, Runnable base, Runnable lenLocal, int len) {
        Emitter e = fl.e;
        int size = fl.layouts.size(elem);
        int n = fl.temp(ValType.I32);
        if (lenLocal != null) {
            lenLocal.run();
        } else {
            e.i32(len);
        }
        e.set(n);
        fl.pushText("[");
        if (pretty) {
            e.globalGet(RuntimeLibrary.INDENT).i32(1).op(Op.I32_ADD).globalSet(RuntimeLibrary.INDENT);
        }
        int i = fl.temp(ValType.I32);
        e.i32(0).set(i);
        int brk = e.block(BlockType.EMPTY);
        int top = e.loop(BlockType.EMPTY);
        e.get(i).get(n).op(Op.I32_GE_U).brIf(brk);
        if (pretty) {
            e.call(RuntimeLibrary.NEWLINE);
        } else {
            e.get(i);
            e.ifThen(BlockType.EMPTY);
            fl.pushText(", ");
            e.end();
        }
        base.run();
        e.get(i).i32(size).op(Op.I32_MUL).op(Op.I32_ADD);
        fl.loadValue(elem);
        int[] v = fl.spill(elem);
        fl.formatArg(v, elem, spec);
        fl.release(v);
        if (pretty) {
            fl.pushText(",");
        }
        e.get(i).i32(1).op(Op.I32_ADD).set(i);
        e.br(top);
        e.end();
        e.end();
        if (pretty) {
            e.globalGet(RuntimeLibrary.INDENT).i32(1).op(Op.I32_SUB).globalSet(RuntimeLibrary.INDENT);
            e.get(n);
            e.ifThen(BlockType.EMPTY);
            e.call(RuntimeLibrary.NEWLINE);
            e.end();
        }
        fl.pushText("]");
        fl.release(n, i);
    }
}
