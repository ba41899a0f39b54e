package dev.wasmrust.compiler.patterns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Wording shared by the diagnostics that list missing patterns. */
final class Witnesses {
    /** rustc names at most this many witnesses, then says how many more there are. */
    private static final int LIMIT = 3;

    private Witnesses() {}

    /** {@code `A`}, {@code `A` and `B`}, {@code `A`, `B` and `C`}, {@code `A`, `B`, `C` and 2 more}. */
    static String joined(List<Witness> ws) {
        List<String> texts = new ArrayList<>();
        for (Witness w : ws) {
            texts.add(w.text());
        }
        if (texts.size() == 1) {
            return "`" + texts.get(0) + "`";
        }
        if (texts.size() <= LIMIT) {
            return "`" + String.join("`, `", texts.subList(0, texts.size() - 1)) + "` and `" + texts.get(texts.size() - 1)
                    + "`";
        }
        return "`" + String.join("`, `", texts.subList(0, LIMIT)) + "` and " + (texts.size() - LIMIT) + " more";
    }

    /** {@code pattern `A` not covered}, {@code patterns `A` and `B` not covered}. */
    static String notCovered(List<Witness> ws) {
        return (ws.size() == 1 ? "pattern " : "patterns ") + joined(ws) + " not covered";
    }

    /**
     * The types inside the first witness that need explaining: where it shows {@code _} for a type that
     * cannot be listed or has no values, or a range beyond {@code usize::MAX} or {@code isize::MIN}.
     */
    static Set<PatType> specialTypes(Witness first) {
        Set<PatType> out = new LinkedHashSet<>();
        collectSpecial(first.pat, out);
        return out;
    }

    private static void collectSpecial(WitnessPat w, Set<PatType> out) {
        if (w.ctor() instanceof Ctor.NonExhaustive || w.ctor() instanceof Ctor.Never) {
            out.add(Types.resolve(w.type()));
        }
        if (w.ctor() instanceof Ctor.Ints i && Values.beyondBoundaries(i.range(), Types.resolve(w.type()))) {
            out.add(Types.resolve(w.type()));
        }
        for (WitnessPat f : w.fields()) {
            collectSpecial(f, out);
        }
    }

    /**
     * The variants of {@code adt} that the witnesses show missing, as rustc points at them: at most the
     * first five witnesses, each variant once per nesting level, not looking inside other enums.
     */
    static List<PatType.Variant> uncoveredVariants(PatType.Adt adt, List<Witness> ws) {
        List<WitnessPat> pats = new ArrayList<>();
        for (int i = 0; i < Math.min(5, ws.size()); i++) {
            pats.add(ws.get(i).pat);
        }
        return uncovered(adt, pats);
    }

    private static List<PatType.Variant> uncovered(PatType.Adt adt, List<WitnessPat> pats) {
        List<PatType.Variant> covered = new ArrayList<>();
        for (WitnessPat p : pats) {
            if (p.ctor() instanceof Ctor.Variant v) {
                if (!(Types.resolve(p.type()) instanceof PatType.Adt other) || !sameDefinition(adt, other)) {
                    continue;
                }
                PatType.Variant variant = adt.variants().get(v.index());
                if (covered.contains(variant)) {
                    continue;
                }
                covered.add(variant);
            }
            covered.addAll(uncovered(adt, p.fields()));
        }
        return covered;
    }

    /** Whether two instances of generic types come from the same definition ({@code Option<u8>}, {@code Option<bool>}). */
    static boolean sameDefinition(PatType.Adt a, PatType.Adt b) {
        if (a.definition() != null && b.definition() != null) {
            return a.definition().equals(b.definition());
        }
        return baseName(a.displayName()).equals(baseName(b.displayName())) && a.path().equals(b.path());
    }

    private static String baseName(String display) {
        int lt = display.indexOf('<');
        return lt < 0 ? display : display.substring(0, lt);
    }

    /** The type behind any references. */
    static PatType peelRefs(PatType t) {
        t = Types.resolve(t);
        while (t instanceof PatType.Ref r) {
            t = Types.resolve(r.inner());
        }
        return t;
    }
}
