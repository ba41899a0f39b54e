package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.SubDiagnostic;
import dev.wasmrust.compiler.source.SourceMap;
import java.util.List;

/** E0005: a {@code let} whose pattern does not match every value, with rustc's notes and suggestions. */
public final class RefutableLetDiagnostic {
    private RefutableLetDiagnostic() {}

    /** The error for the one-arm report of a {@code let} pattern that has witnesses. */
    public static Diagnostic of(MatchReport report, LetSite site, SourceMap sm) {
        List<Witness> ws = report.witnesses();
        if (ws.isEmpty()) {
            throw new IllegalArgumentException("the pattern is irrefutable");
        }
        CPat pattern = report.arms().get(0).pattern();
        Diagnostic.Builder b = Diagnostic.error("E0005", "refutable pattern in local binding")
                .primary(site.pattern(), Witnesses.notCovered(ws));
        if (site.statement() != null) {
            b.note("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant");
            b.note("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
        }
        NonExhaustiveDiagnostic.definedHere(b, report.scrutinee(), ws, false);
        b.note("the matched value is of type `" + report.scrutinee().display() + "`");
        String which = ws.size() == 1 ? "variant that isn't" : "variants that aren't";
        if (site.statement() != null) {
            if (hasBindings(pattern)) {
                b.suggestion(site.statement().shrinkToHi(), "you might want to use `let...else` to handle the " + which
                        + " matched", " else { todo!() }");
            } else {
                b.multipartSuggestion("you might want to use `if let` to ignore the " + which + " matched", List.of(
                        new SubDiagnostic.Edit(site.statement().shrinkToLo(), "if "),
                        new SubDiagnostic.Edit(site.statement().shrinkToHi(), " { todo!() }")));
            }
        }
        if (pattern instanceof CPat.IntLit && site.pattern() != null
                && SourceText.slice(sm, site.pattern()).chars().allMatch(Character::isDigit)) {
            // the user may have meant a binding named like the number
            b.suggestion(site.pattern().shrinkToLo(), "alternatively, you could prepend the pattern with an underscore "
                    + "to define a new named variable; identifiers cannot begin with digits", "_");
        }
        return b.build();
    }

    private static boolean hasBindings(CPat p) {
        if (p instanceof CPat.Bind) {
            return true;
        }
        if (p instanceof CPat.Variant v) {
            return v.fields().stream().anyMatch(f -> f != null && hasBindings(f));
        }
        if (p instanceof CPat.Tuple t) {
            return t.elems().stream().anyMatch(f -> f != null && hasBindings(f));
        }
        if (p instanceof CPat.Ref r) {
            return hasBindings(r.inner());
        }
        if (p instanceof CPat.Slice s) {
            return s.prefix().stream().anyMatch(RefutableLetDiagnostic::hasBindings)
                    || s.suffix().stream().anyMatch(RefutableLetDiagnostic::hasBindings);
        }
        if (p instanceof CPat.Or o) {
            return o.alts().stream().anyMatch(RefutableLetDiagnostic::hasBindings);
        }
        return false;
    }
}
