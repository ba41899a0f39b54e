package dev.wasmrust.compiler.types;

import java.util.List;

/**
 * What a bound {@code F: Fn(A, B) -> R} (or {@code FnMut}, {@code FnOnce}) promises about {@code F}: it can be
 * called with arguments of these types and returns {@code ret}. Closures' parameter types are deduced from it.
 */
record FnSig(String trait, List<Type> params, Type ret) {
    FnSig {
        params = List.copyOf(params);
    }

    FnSig subst(List<Type> args) {
        return new FnSig(trait, params.stream().map(t -> Types.subst(t, args)).toList(), Types.subst(ret, args));
    }

    /** The bound as rustc writes it: {@code Fn(i32) -> bool}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(trait).append('(');
        for (int i = 0; i < params.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(params.get(i));
        }
        b.append(')');
        if (!(ret instanceof Type.Unit)) {
            b.append(" -> ").append(ret);
        }
        return b.toString();
    }

    static boolean isFnTrait(String name) {
        return name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce");
    }
}
