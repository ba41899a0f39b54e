package dev.wasmrust.compiler.types;

import dev.wasmrust.compiler.ast.Expr;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.thir.TArm;
import dev.wasmrust.compiler.thir.TExpr;
import dev.wasmrust.compiler.thir.TPat;
import java.util.ArrayList;
import java.util.List;

/**
 * A first exhaustiveness check for {@code match}: a match is exhaustive when an unguarded arm is
 * irrefutable, or when the scrutinee is an enum or {@code bool} whose every variant is covered by
 * unguarded arms with irrefutable sub-patterns. A match of enum or bool arms of that simple shape that
 * misses variants is E0004 naming them. Other shapes it cannot decide are accepted; their lowering
 * traps if no arm matches (the full usefulness algorithm replaces this).
 */
final class Exhaustiveness {
    private Exhaustiveness() {}

    static void checkMatch(TypeChecker tc, Expr.Match m, TExpr scrut, List<TArm> arms) {
        Type t = tc.inf.shallow(scrut.type());
        if (t instanceof Type.Error) {
            return;
        }
        for (TArm a : arms) {
            if (a.guard() == null && tc.patterns.irrefutable(a.pat())) {
                return;
            }
        }
        Type base = t;
        while (base instanceof Type.Ref r) {
            base = tc.inf.shallow(r.inner());
        }
        int n;
        if (base instanceof Type.Adt adt && adt.def().isEnum()) {
            n = adt.def().variants().size();
        } else if (base instanceof Type.Bool) {
            n = 2;
        } else {
            if (arms.isEmpty() && !(base instanceof Type.Never)) {
                report(tc, m, t, List.of("_"));
            }
            return;
        }
        boolean[] covered = new boolean[n];
        boolean simple = true;
        for (TArm a : arms) {
            if (a.guard() != null) {
                continue;
            }
            simple &= cover(tc, a.pat(), covered);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!covered[i]) {
                missing.add(witness(base, i));
            }
        }
        if (missing.isEmpty() || !simple) {
            return;
        }
        String prefix = "";
        for (Type x = t; x instanceof Type.Ref r; x = tc.inf.shallow(r.inner())) {
            prefix += "&";
        }
        List<String> shown = new ArrayList<>();
        for (String w : missing) {
            shown.add(prefix + w);
        }
        report(tc, m, t, shown);
    }

    /** Marks the variants {@code p} covers completely; false when its shape is beyond this check. */
    private static boolean cover(TypeChecker tc, TPat p, boolean[] covered) {
        if (p instanceof TPat.Deref d) {
            return cover(tc, d.inner(), covered);
        }
        if (p instanceof TPat.Binding b && b.sub() != null) {
            return cover(tc, b.sub(), covered);
        }
        if (p instanceof TPat.Or o) {
            boolean ok = true;
            for (TPat alt : o.alts()) {
                ok &= cover(tc, alt, covered);
            }
            return ok;
        }
        if (p instanceof TPat.Variant v) {
            if (v.fields().stream().allMatch(tc.patterns::irrefutable)) {
                covered[v.variant()] = true;
                return true;
            }
            return false;
        }
        if (p instanceof TPat.Lit l && l.value() instanceof TExpr.BoolConst bc) {
            covered[bc.value() ? 1 : 0] = true;
            return true;
        }
        return false;
    }

    private static String witness(Type base, int i) {
        if (base instanceof Type.Bool) {
            return i == 1 ? "true" : "false";
        }
        Type.Adt adt = (Type.Adt) base;
        AdtDef.Variant v = adt.def().variants().get(i);
        // the prelude re-exports its enums' variants (Some, None, Ok, Err), so rustc names them bare
        String name = adt.def().path().startsWith("core::") ? v.name() : adt.def().name() + "::" + v.name();
        return switch (v.ctor()) {
            case UNIT -> name;
            case TUPLE -> name + "(" + String.join(", ", v.fields().stream().map(f -> "_").toList()) + ")";
            default -> name + " { .. }";
        };
    }

    private static void report(TypeChecker tc, Expr.Match m, Type t, List<String> missing) {
        String list;
        if (missing.size() == 1) {
            list = "pattern `" + missing.get(0) + "`";
        } else if (missing.size() <= 3) {
            List<String> q = missing.stream().map(w -> "`" + w + "`").toList();
            list = "patterns " + String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
        } else {
            List<String> q = missing.subList(0, 3).stream().map(w -> "`" + w + "`").toList();
            list = "patterns " + String.join(", ", q) + " and " + (missing.size() - 3) + " more";
        }
        Diagnostic.Builder b = Diagnostic.error("E0004", "non-exhaustive patterns: " + list.substring(list.indexOf('`')) + " not covered")
                .primary(m.scrutinee().span(), list + " not covered");
        Type base = t;
        while (base instanceof Type.Ref r) {
            base = tc.inf.shallow(r.inner());
        }
        if (base instanceof Type.Adt adt) {
            b.noteAt(adt.def().nameSpan(), "`" + adt + "` defined here");
        }
        tc.diags.report(b.note("the matched value is of type `" + tc.show(t) + "`")
                .help("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern"
                        + (missing.size() == 1 ? " or an explicit pattern as shown" : ", a match arm with multiple or-patterns as shown, or multiple match arms")));
    }
}
