package dev.wasmrust.compiler.lower;

import dev.wasmrust.compiler.thir.FmtSpec;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TFunction;
import dev.wasmrust.compiler.thir.TLocal;
import dev.wasmrust.compiler.types.Type;
import dev.wasmrust.compiler.wasmir.WirFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Functions the compiler derives per type, as rustc's {@code #[derive]} expansions would: structural
 * equality ({@code PartialEq}) and {@code Debug} formatting (one function per type and format spec,
 * since the spec's width and flags apply to every leaf). Each is a small synthesized function whose body
 * is an intrinsic the lowering expands; they are generated on first use.
 */
final class Glue {
    private final LowerPhase phase;
    private final Map<String, String> names = new HashMap<>();
    private final Deque<TFunction> pending = new ArrayDeque<>();
    private final Map<String, FmtSpec> specs = new HashMap<>();

    Glue(LowerPhase phase) {
        this.phase = phase;
    }

    /** {@code fn(a: &T, b: &T) -> bool}. */
    String eq(Type t) {
        String name = "__eq<" + LowerPhase.instanceKey(t) + ">";
        if (names.putIfAbsent(name, name) == null) {
            TLocal a = new TLocal(0, "a", new Type.Ref(false, t), false);
            TLocal b = new TLocal(1, "b", new Type.Ref(false, t), false);
            pending.add(new TFunction(name, List.of(a, b), Type.BOOL,
                    new TExpr.Intrinsic("glue::eq", List.of(new TExpr.LocalRef(a, a.type(), null),
                            new TExpr.LocalRef(b, b.type(), null)), Type.BOOL, null), null));
        }
        return name;
    }

    /** {@code fn(a: &T, b: &T) -> i32}: derived PartialOrd's three-way comparison (2 for unordered). */
    String cmp(Type t) {
        String name = "__cmp<" + LowerPhase.instanceKey(t) + ">";
        if (names.putIfAbsent(name, name) == null) {
            TLocal a = new TLocal(0, "a", new Type.Ref(false, t), false);
            TLocal b = new TLocal(1, "b", new Type.Ref(false, t), false);
            pending.add(new TFunction(name, List.of(a, b), Type.of(dev.wasmrust.compiler.types.IntKind.I32),
                    new TExpr.Intrinsic("glue::cmp", List.of(new TExpr.LocalRef(a, a.type(), null),
                            new TExpr.LocalRef(b, b.type(), null)), Type.of(dev.wasmrust.compiler.types.IntKind.I32), null), null));
        }
        return name;
    }

    /** {@code fn(a: &[T], b: &[T]) -> bool}: equal lengths and equal elements. */
    String eqSlice(Type elem) {
        String name = "__eq<[" + LowerPhase.instanceKey(elem) + "]>";
        if (names.putIfAbsent(name, name) == null) {
            Type slice = new Type.Ref(false, new Type.Slice(elem));
            TLocal a = new TLocal(0, "a", slice, false);
            TLocal b = new TLocal(1, "b", slice, false);
            pending.add(new TFunction(name, List.of(a, b), Type.BOOL,
                    new TExpr.Intrinsic("glue::eq_slice", List.of(new TExpr.LocalRef(a, slice, null),
                            new TExpr.LocalRef(b, slice, null)), Type.BOOL, null), null));
        }
        return name;
    }

    /** {@code fn(v: &T) -> T}: a deep copy (owning fields cloned through their own Clone). */
    String cloneOf(Type t) {
        String name = "__clone<" + LowerPhase.instanceKey(t) + ">";
        if (names.putIfAbsent(name, name) == null) {
            TLocal v = new TLocal(0, "v", new Type.Ref(false, t), false);
            pending.add(new TFunction(name, List.of(v), t,
                    new TExpr.Intrinsic("glue::clone", List.of(new TExpr.LocalRef(v, v.type(), null)), t, null), null));
        }
        return name;
    }

    /** {@code fn(p: usize)}: drops the value of type {@code t} at address {@code p} (see {@link DropGlue}). */
    String drop(Type t) {
        String name = "__drop<" + LowerPhase.instanceKey(t) + ">";
        if (names.putIfAbsent(name, name) == null) {
            TLocal p = new TLocal(0, "p", Type.of(dev.wasmrust.compiler.types.IntKind.USIZE), false);
            pending.add(new TFunction(name, List.of(p), Type.UNIT,
                    new TExpr.Intrinsic("glue::drop", List.of(t), List.of(new TExpr.LocalRef(p, p.type(), null)), Type.UNIT, null), null));
        }
        return name;
    }

    /** {@code fn(p: usize, h: u64) -> u64}: the hash state after the value at {@code p} (see {@link HashGlue}). */
    String hash(Type t) {
        String name = "__hash<" + LowerPhase.instanceKey(t) + ">";
        if (names.putIfAbsent(name, name) == null) {
            TLocal p = new TLocal(0, "p", Type.of(dev.wasmrust.compiler.types.IntKind.USIZE), false);
            TLocal h = new TLocal(1, "h", Type.of(dev.wasmrust.compiler.types.IntKind.U64), false);
            pending.add(new TFunction(name, List.of(p, h), h.type(),
                    new TExpr.Intrinsic("glue::hash", List.of(t), List.of(new TExpr.LocalRef(p, p.type(), null)), h.type(), null), null));
        }
        return name;
    }

    /** {@code fn(v: &T)} appending the value's Debug text to the output being formatted. */
    String debug(Type t, FmtSpec spec) {
        String name = "__fmt_debug<" + LowerPhase.instanceKey(t) + ">" + specKey(spec);
        if (names.putIfAbsent(name, name) == null) {
            TLocal v = new TLocal(0, "v", new Type.Ref(false, t), false);
            specs.put(name, spec);
            pending.add(new TFunction(name, List.of(v), Type.UNIT,
                    new TExpr.Intrinsic("glue::debug", List.of(new TExpr.LocalRef(v, v.type(), null)), Type.UNIT, null), null));
        }
        return name;
    }

    /** {@code fn(v: &[T])} appending the slice's Debug text. */
    String debugSlice(Type slice, FmtSpec spec) {
        String name = "__fmt_debug<&" + LowerPhase.instanceKey(slice) + ">" + specKey(spec);
        if (names.putIfAbsent(name, name) == null) {
            TLocal v = new TLocal(0, "v", new Type.Ref(false, slice), false);
            specs.put(name, spec);
            pending.add(new TFunction(name, List.of(v), Type.UNIT,
                    new TExpr.Intrinsic("glue::debug", List.of(new TExpr.LocalRef(v, v.type(), null)), Type.UNIT, null), null));
        }
        return name;
    }

    private static String specKey(FmtSpec s) {
        if (s.equals(FmtSpec.DEBUG)) {
            return "";
        }
        return "#" + s.fill() + s.align() + s.plus() + s.alternate() + s.zeroPad() + s.width();
    }

    FmtSpec spec(String function) {
        return specs.get(function);
    }

    /** Lowers every glue function requested so far, including those requested while lowering them. */
    List<WirFunction> lowerPending(java.util.function.Predicate<String> linkedElsewhere) {
        List<WirFunction> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            TFunction f = pending.poll();
            if (!linkedElsewhere.test(f.symbol())) {
                out.add(new FunctionLowering(phase, f).lower());
            }
        }
        return out;
    }
}
