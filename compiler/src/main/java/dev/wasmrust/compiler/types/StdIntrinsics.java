package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.ast.PathSegment;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.thir.TExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The intrinsics the standard library's Rust source is written against ({@code intrinsics::NAME}), the
 * only place the compiler supplies behaviour to it. Invariants they rely on: addresses are byte offsets in
 * the one linear memory; {@code read}/{@code write} move a value of {@code T} without running any code;
 * {@code slice_at}/{@code str_at} trust the caller that the bytes exist (and, for {@code str_at}, are UTF-8).
 */
final class StdIntrinsics {
    private StdIntrinsics() {}

    private static final Type USIZE = Type.of(IntKind.USIZE);

    static TExpr call(TypeChecker tc, Expr.Call c, PathSegment seg) {
        String name = seg.ident().name();
        int generics = switch (name) {
            case "size_of", "align_of", "read", "write", "ref_at", "mut_at", "slice_at", "slice_mut_at", "addr_of",
                    "wrapping_add", "wrapping_sub", "wrapping_mul", "add_overflows", "sub_overflows", "mul_overflows", "clone", "three_way",
                    "drop_in_place", "needs_drop", "forget", "hash" -> 1;
            case "borrow_eq" -> 2;
            default -> 0;
        };
        List<Type> targs = tc.instantiate(generics, seg, c.span());
        Type t = generics == 1 ? targs.get(0) : null;
        List<Type> params;
        Type ret;
        switch (name) {
            case "size_of", "align_of" -> {
                params = List.of();
                ret = USIZE;
            }
            case "read" -> {
                params = List.of(USIZE);
                ret = t;
            }
            case "write" -> {
                params = List.of(USIZE, t);
                ret = Type.UNIT;
            }
            case "ref_at", "mut_at" -> {
                params = List.of(USIZE);
                ret = new Type.Ref(name.equals("mut_at"), t);
            }
            case "slice_at", "slice_mut_at" -> {
                params = List.of(USIZE, USIZE);
                ret = new Type.Ref(name.equals("slice_mut_at"), new Type.Slice(t));
            }
            case "str_at" -> {
                params = List.of(USIZE, USIZE);
                ret = Type.STR_REF;
            }
            case "addr_of" -> {
                params = List.of(new Type.Ref(false, t));
                ret = USIZE;
            }
            case "copy" -> {
                params = List.of(USIZE, USIZE, USIZE);
                ret = Type.UNIT;
            }
            case "memory_grow" -> {
                params = List.of(USIZE);
                ret = USIZE;
            }
            case "heap_base", "value_slot" -> {
                params = List.of();
                ret = USIZE;
            }
            case "wrapping_add", "wrapping_sub", "wrapping_mul" -> {
                params = List.of(t, t);
                ret = t;
            }
            case "add_overflows", "sub_overflows", "mul_overflows" -> {
                params = List.of(t, t);
                ret = Type.BOOL;
            }
            case "clone" -> {
                params = List.of(USIZE);
                ret = t;
            }
            case "three_way" -> {
                params = List.of(new Type.Ref(false, t), new Type.Ref(false, t));
                ret = Type.of(IntKind.I32);
            }
            case "drop_in_place" -> {
                params = List.of(USIZE);
                ret = Type.UNIT;
            }
            case "borrow_eq" -> {
                params = List.of(new Type.Ref(false, targs.get(0)), new Type.Ref(false, targs.get(1)));
                ret = Type.BOOL;
            }
            case "hash" -> {
                params = List.of(USIZE);
                ret = Type.of(IntKind.U64);
            }
            case "forget" -> {
                params = List.of(t);
                ret = Type.UNIT;
            }
            case "needs_drop" -> {
                params = List.of();
                ret = Type.BOOL;
            }
            case "push_bytes" -> {
                params = List.of(USIZE, USIZE);
                ret = Type.UNIT;
            }
            case "char_from_u32" -> {
                params = List.of(Type.of(IntKind.U32));
                ret = Type.CHAR;
            }
            case "read_stdin" -> {
                // (address, capacity) -> bytes read, 0 at end of input, negative on an error (minus the WASI errno)
                params = List.of(USIZE, USIZE);
                ret = Type.of(IntKind.ISIZE);
            }
            case "alloc_failed" -> {
                params = List.of(USIZE);
                ret = Type.NEVER;
            }
            default -> {
                HostCalls.HostCall host = HostCalls.of(name);
                if (host != null) {
                    params = host.params();
                    ret = host.ret();
                    break;
                }
                tc.diags.report(Diagnostic.error("unknown intrinsic `" + name + "`").primary(seg.ident().span(), ""));
                return DataChecks.error(c.span());
            }
        }
        List<TExpr> args = tc.data.arguments(c.args(), params, c.callee().span(), c.span(), null, "function");
        if (args == null) {
            return DataChecks.error(c.span());
        }
        return new TExpr.Intrinsic("intrinsics::" + name, targs, new ArrayList<>(args), ret, c.span());
    }
}
