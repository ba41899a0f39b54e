package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.List;

/** Writes a witness as rustc writes the patterns it reports missing. */
final class WitnessPrinter {
    private WitnessPrinter() {}

    static String print(WitnessPat w) {
        Ctor c = w.ctor();
        PatType type = Types.resolve(w.type());
        if (c instanceof Ctor.Bool b) {
            return Boolean.toString(b.value());
        }
        if (c instanceof Ctor.Ints i) {
            return Values.range(i.range(), type);
        }
        if (c instanceof Ctor.Literal l) {
            return l.text();
        }
        if (c instanceof Ctor.Ref) {
            boolean mutable = type instanceof PatType.Ref r && r.mutable();
            return (mutable ? "&mut " : "&") + print(w.fields().get(0));
        }
        if (c instanceof Ctor.Struct || c instanceof Ctor.Variant) {
            return structLike(w, type);
        }
        if (c instanceof Ctor.Slice s) {
            return slice(w, s.shape());
        }
        return "_";
    }

    /** Whether a witness prints as {@code _}. */
    static boolean printsAsWildcard(WitnessPat w) {
        Ctor c = w.ctor();
        if (c instanceof Ctor.Ints i) {
            return i.range().lo().equals(IntRange.NEG_INF) && i.range().hi().equals(IntRange.POS_INF);
        }
        return c instanceof Ctor.Wildcard || c instanceof Ctor.NonExhaustive || c instanceof Ctor.Never;
    }

    private static String structLike(WitnessPat w, PatType type) {
        StringBuilder sb = new StringBuilder();
        PatType.Variant variant = null;
        if (type instanceof PatType.Adt adt) {
            if (adt.isEnum()) {
                variant = adt.variants().get(((Ctor.Variant) w.ctor()).index());
                sb.append(adt.path().isEmpty() ? variant.name() : adt.path() + "::" + variant.name());
            } else {
                variant = adt.variants().get(0);
                sb.append(adt.path());
            }
            if (variant.kind() == PatType.VariantKind.STRUCT) {
                sb.append(" { ");
                int printed = 0;
                for (int i = 0; i < w.fields().size(); i++) {
                    WitnessPat f = w.fields().get(i);
                    if (printsAsWildcard(f)) {
                        continue;
                    }
                    sb.append(printed == 0 ? "" : ", ").append(variant.fieldNames().get(i)).append(": ").append(print(f));
                    printed++;
                }
                if (printed < variant.fieldTypes().size()) {
                    sb.append(printed == 0 ? "" : ", ").append("..");
                }
                return sb.append(" }").toString();
            }
        }
        int count = variant != null ? variant.fieldTypes().size() : w.fields().size();
        if (count != 0 || variant == null) {
            sb.append('(');
            for (int i = 0; i < w.fields().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(print(w.fields().get(i)));
            }
            if (type instanceof PatType.Tuple && count == 1) {
                sb.append(',');
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /**
     * An array's {@code [x, _, .., _, y]} folds its wildcards next to {@code ..} into it; a slice's
     * cannot, since that would admit shorter slices.
     */
    private static String slice(WitnessPat w, SliceShape shape) {
        List<WitnessPat> prefix = new ArrayList<>(w.fields().subList(0, shape.prefix()));
        List<WitnessPat> suffix = new ArrayList<>(w.fields().subList(shape.prefix(), w.fields().size()));
        if (shape.varLen() && shape.arrayLen() >= 0) {
            while (!prefix.isEmpty() && printsAsWildcard(prefix.get(prefix.size() - 1))) {
                prefix.remove(prefix.size() - 1);
            }
            while (!suffix.isEmpty() && printsAsWildcard(suffix.get(0))) {
                suffix.remove(0);
            }
        }
        List<String> parts = new ArrayList<>();
        for (WitnessPat p : prefix) {
            parts.add(print(p));
        }
        if (shape.varLen()) {
            parts.add("..");
        }
        for (WitnessPat p : suffix) {
            parts.add(print(p));
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
