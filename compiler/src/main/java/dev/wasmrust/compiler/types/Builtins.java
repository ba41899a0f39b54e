package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.thir.TExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Methods of primitive types that the compiler supplies as intrinsics until the standard library's Rust
 * source provides them: each maps to one WebAssembly instruction or a short fixed sequence
 * (float rounding, square root, sign, bit casts), or to a slice's length.
 */
final class Builtins {
    private Builtins() {}

    private static final List<String> FLOAT_UNARY = List.of("sqrt", "abs", "floor", "ceil", "round", "trunc", "to_bits",
            "is_nan", "is_finite", "is_infinite", "is_sign_negative", "is_sign_positive", "signum", "fract");
    private static final List<String> FLOAT_BINARY = List.of("min", "max", "powi", "copysign");
    private static final List<String> SLICE = List.of("len", "is_empty");
    private static final List<String> INT_UNARY = List.of("leading_zeros", "trailing_zeros", "count_ones", "count_zeros");

    /** Whether {@code t.name(..)} is lowered inline as an intrinsic in preference to the std's wrapper of that name. */
    static boolean isIntrinsicMethod(Type t, String name) {
        return t instanceof Type.Float && (FLOAT_UNARY.contains(name) || FLOAT_BINARY.contains(name));
    }

    static List<String> methodNames(Type t) {
        List<String> out = new ArrayList<>();
        if (t instanceof Type.Float) {
            out.addAll(FLOAT_UNARY);
            out.addAll(FLOAT_BINARY);
        } else if (t instanceof Type.Int) {
            out.addAll(INT_UNARY);
        } else if (t instanceof Type.Array || t instanceof Type.Slice || t instanceof Type.Str) {
            out.addAll(SLICE);
        }
        return out;
    }

    /** The intrinsic call for {@code recv.name(args)} on a primitive receiver type, or null if there is none. */
    static TExpr method(TypeChecker tc, Expr.MethodCall m, TExpr recv, Type t) {
        String name = m.method().ident().name();
        Type s = tc.inf.shallow(t);
        if (s instanceof Type.Var v && v.kind() == Type.VarKind.FLOAT && (FLOAT_UNARY.contains(name) || FLOAT_BINARY.contains(name))) {
            tc.diags.report(dev.wasmrust.compiler.diag.Diagnostic.error("E0689", "can't call method `" + name
                    + "` on ambiguous numeric type `{float}`").primary(m.method().ident().span(), ""));
            return DataChecks.error(m.span());
        }
        if (s instanceof Type.Float f) {
            if (FLOAT_UNARY.contains(name)) {
                if (!noArgs(tc, m)) {
                    return DataChecks.error(m.span());
                }
                Type ret = switch (name) {
                    case "to_bits" -> Type.of(f.kind() == FloatKind.F32 ? IntKind.U32 : IntKind.U64);
                    case "is_nan", "is_finite", "is_infinite", "is_sign_negative", "is_sign_positive" -> Type.BOOL;
                    default -> s;
                };
                return new TExpr.Intrinsic(f.kind().rustName() + "::" + name, List.of(recv), ret, m.span());
            }
            if (FLOAT_BINARY.contains(name)) {
                Type argType = name.equals("powi") ? Type.of(IntKind.I32) : s;
                List<TExpr> args = tc.data.arguments(m.args(), List.of(argType), m.method().ident().span(), m.span(), null, "method");
                if (args == null) {
                    return DataChecks.error(m.span());
                }
                return new TExpr.Intrinsic(f.kind().rustName() + "::" + name, List.of(recv, args.get(0)), s, m.span());
            }
        }
        if (s instanceof Type.Int ik && INT_UNARY.contains(name) && ik.kind().bits() <= 64) {
            if (!noArgs(tc, m)) {
                return DataChecks.error(m.span());
            }
            return new TExpr.Intrinsic("int::" + name, List.of(recv), Type.of(IntKind.U32), m.span());
        }
        if ((s instanceof Type.Array || s instanceof Type.Slice) && SLICE.contains(name)) {
            if (!noArgs(tc, m)) {
                return DataChecks.error(m.span());
            }
            TExpr place = recv;
            Type ret = name.equals("len") ? Type.of(IntKind.USIZE) : Type.BOOL;
            return new TExpr.Intrinsic("slice::" + name, List.of(tc.autoref(place, false)), ret, m.span());
        }
        if (s instanceof Type.Str && SLICE.contains(name)) {
            if (!noArgs(tc, m)) {
                return DataChecks.error(m.span());
            }
            Type ret = name.equals("len") ? Type.of(IntKind.USIZE) : Type.BOOL;
            return new TExpr.Intrinsic("str::" + name, List.of(tc.autoref(recv, false)), ret, m.span());
        }
        return null;
    }

    private static boolean noArgs(TypeChecker tc, Expr.MethodCall m) {
        return tc.data.arguments(m.args(), List.of(), m.method().ident().span(), m.span(), null, "method") != null;
    }
}
