package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.types.FloatKind;
import dev.wasmrust.compiler.types.Type;
import java.math.BigInteger;

/** The in-memory bytes (little-endian, as laid out by {@link Layouts}) of constant values, for static data. */
final class ConstImages {
    private ConstImages() {}

    /** The bytes of an array literal whose elements are all scalar constants, or null. */
    static byte[] of(TExpr.ArrayLit a, Layouts layouts) {
        Type elem = ((Type.Array) a.type()).elem();
        int size = layouts.size(elem);
        byte[] out = new byte[size * a.elems().size()];
        for (int i = 0; i < a.elems().size(); i++) {
            byte[] one = a.elems().get(i) instanceof TExpr.ArrayLit inner ? of(inner, layouts) : scalar(a.elems().get(i), layouts);
            if (one == null || one.length != size) {
                return null;
            }
            System.arraycopy(one, 0, out, i * size, size);
        }
        return out;
    }

    /** The bytes of an integer, float, bool or char constant (a negated literal included), or null. */
    static byte[] scalar(TExpr e, Layouts layouts) {
        BigInteger v = null;
        Type t = e.type();
        if (e instanceof TExpr.IntConst c) {
            v = c.value();
        } else if (e instanceof TExpr.Unary u && u.op() == dev.wasmrust.compiler.ast.UnOp.NEG && u.operand() instanceof TExpr.IntConst c) {
            v = c.value().negate();
        } else if (e instanceof TExpr.BoolConst b) {
            v = b.value() ? BigInteger.ONE : BigInteger.ZERO;
        } else if (e instanceof TExpr.CharConst c) {
            v = BigInteger.valueOf(c.codePoint());
        } else if (e instanceof TExpr.FloatConst f) {
            v = f.type() instanceof Type.Float ft && ft.kind() == FloatKind.F32
                    ? BigInteger.valueOf(Float.floatToRawIntBits((float) f.value()) & 0xFFFFFFFFL)
                    : BigInteger.valueOf(Double.doubleToRawLongBits(f.value()));
        } else if (e instanceof TExpr.Unary u && u.op() == dev.wasmrust.compiler.ast.UnOp.NEG && u.operand() instanceof TExpr.FloatConst f) {
            v = f.type() instanceof Type.Float ft && ft.kind() == FloatKind.F32
                    ? BigInteger.valueOf(Float.floatToRawIntBits(-(float) f.value()) & 0xFFFFFFFFL)
                    : BigInteger.valueOf(Double.doubleToRawLongBits(-f.value()));
        }
        if (v == null || !(t instanceof Type.Int || t instanceof Type.Float || t instanceof Type.Bool || t instanceof Type.Char)) {
            return null;
        }
        int size = layouts.size(t);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }
}
