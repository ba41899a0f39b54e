package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.types.AdtDef;
import dev.wasmrust.compiler.types.FloatKind;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.types.Types;
import dev.wasmrust.compiler.wasmir.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How values are represented. Scalars (integers, floats, {@code bool}, {@code char}, references) are wasm
 * values — an {@code i128} is two {@code i64}s, a reference to {@code str} or a slice is (pointer, length).
 * Aggregates (tuples, structs, enums, arrays) live in linear memory and are handled by address: their
 * wasm representation is one {@code i32} pointer. In memory, fields are laid out in declaration order at
 * their alignment; an enum is an {@code i32} tag followed by the payload of the largest variant.
 */
final class Layouts {
    record Layout(int size, int align) {}

    private final Map<Type, Layout> cache = new HashMap<>();
    private final Map<Type, int[][]> offsets = new HashMap<>();

    static boolean isAggregate(Type t) {
        return t instanceof Type.Tuple || t instanceof Type.Adt || t instanceof Type.Array || t instanceof Type.Closure;
    }

    static boolean isFatRef(Type t) {
        return t instanceof Type.Ref r && (r.inner() instanceof Type.Str || r.inner() instanceof Type.Slice);
    }

    /** The wasm values that represent a Rust value of type {@code t} on the operand stack and in locals. */
    static List<ValType> wasmTypes(Type t) {
        if (t instanceof Type.Int i) {
            return switch (i.kind().bits()) {
                case 128 -> List.of(ValType.I64, ValType.I64);
                case 64 -> List.of(ValType.I64);
                default -> List.of(ValType.I32);
            };
        }
        if (t instanceof Type.Float f) {
            return List.of(f.kind() == FloatKind.F32 ? ValType.F32 : ValType.F64);
        }
        if (t instanceof Type.Bool || t instanceof Type.Char) {
            return List.of(ValType.I32);
        }
        if (isFatRef(t)) {
            return List.of(ValType.I32, ValType.I32);
        }
        if (t instanceof Type.Ref || isAggregate(t)) {
            return List.of(ValType.I32);
        }
        return List.of();
    }

    Layout of(Type t) {
        Layout l = cache.get(t);
        if (l == null) {
            l = compute(t);
            cache.put(t, l);
        }
        return l;
    }

    int size(Type t) {
        return of(t).size();
    }

    private Layout compute(Type t) {
        if (t instanceof Type.Int i) {
            int b = i.kind().bits() / 8;
            return new Layout(b, Math.min(b, 8));
        }
        if (t instanceof Type.Float f) {
            int b = f.kind().bits() / 8;
            return new Layout(b, b);
        }
        if (t instanceof Type.Bool) {
            return new Layout(1, 1);
        }
        if (t instanceof Type.Char) {
            return new Layout(4, 4);
        }
        if (t instanceof Type.Ref) {
            return isFatRef(t) ? new Layout(8, 4) : new Layout(4, 4);
        }
        if (t instanceof Type.Array a) {
            Layout e = of(a.elem());
            return new Layout((int) Math.min(Integer.MAX_VALUE, e.size() * a.len()), e.align());
        }
        if (t instanceof Type.Tuple tu) {
            return struct(t, List.of(tu.elems()), 0);
        }
        if (t instanceof Type.Closure c) {
            // laid out exactly as the tuple of its captures, which is how its body reads them
            return struct(t, List.of(c.captures()), 0);
        }
        if (t instanceof Type.Adt a) {
            List<List<Type>> variants = new ArrayList<>();
            for (AdtDef.Variant v : a.def().variants()) {
                List<Type> fs = new ArrayList<>();
                for (AdtDef.Field f : v.fields()) {
                    fs.add(Types.fieldType(a, f));
                }
                variants.add(fs);
            }
            return struct(t, variants, a.def().isEnum() ? 4 : 0);
        }
        return new Layout(0, 1);
    }

    /** Lays out each variant's fields after a {@code start}-byte header (an enum's tag) and records offsets. */
    private Layout struct(Type t, List<List<Type>> variants, int start) {
        int align = start > 0 ? 4 : 1;
        for (List<Type> fs : variants) {
            for (Type f : fs) {
                align = Math.max(align, of(f).align());
            }
        }
        int payload = start == 0 ? 0 : alignUp(start, align);
        int size = payload;
        int[][] offs = new int[variants.size()][];
        for (int v = 0; v < variants.size(); v++) {
            List<Type> fs = variants.get(v);
            offs[v] = new int[fs.size()];
            int off = payload;
            for (int i = 0; i < fs.size(); i++) {
                Layout fl = of(fs.get(i));
                off = alignUp(off, fl.align());
                offs[v][i] = off;
                off += fl.size();
            }
            size = Math.max(size, off);
        }
        offsets.put(t, offs);
        return new Layout(alignUp(Math.max(size, start), align), align);
    }

    /** The byte offset of field {@code field} of variant {@code variant} (0 for structs and tuples). */
    int fieldOffset(Type t, int variant, int field) {
        of(t);
        return offsets.get(t)[variant][field];
    }

    static int alignUp(int n, int align) {
        return (n + align - 1) / align * align;
    }
}
