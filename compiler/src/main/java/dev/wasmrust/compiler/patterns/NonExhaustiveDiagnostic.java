package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Label;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/** E0004, worded and laid out as rustc does: the missing patterns, where the enum is, and an arm to add. */
public final class NonExhaustiveDiagnostic {
    /** From four missing patterns on rustc suggests {@code _} instead of listing them. */
    private static final int SUGGEST_WITNESSES_BELOW = 4;

    private NonExhaustiveDiagnostic() {}

    /** The error for a match whose report has witnesses. */
    public static Diagnostic of(MatchReport report, MatchSite site, SourceMap sm) {
        List<Witness> ws = report.witnesses();
        if (ws.isEmpty()) {
            throw new IllegalArgumentException("the match is exhaustive");
        }
        PatType scrutinee = report.scrutinee();
        PatType resolved = Types.resolve(scrutinee);
        boolean nonEmptyEnum = resolved instanceof PatType.Adt adt && adt.isEnum() && !adt.variants().isEmpty();
        if (site.arms().isEmpty() && !nonEmptyEnum) {
            return typeNotEmpty(report, site, sm);
        }
        Diagnostic.Builder b = Diagnostic.error("E0004", "non-exhaustive patterns: " + Witnesses.joined(ws) + " not covered")
                .primary(site.scrutinee(), Witnesses.notCovered(ws));
        definedHere(b, scrutinee, ws, true);
        b.note("the matched value is of type `" + scrutinee.display() + "`");
        if (!site.arms().isEmpty()) {
            for (PatType special : Witnesses.specialTypes(ws.get(0))) {
                String note = specialNote(special);
                if (note != null) {
                    b.note(note);
                }
            }
        }
        referenceNote(b, scrutinee);
        if (!site.arms().isEmpty() && report.arms().stream().allMatch(Arm::hasGuard)) {
            b.note("match arms with guards don't count towards exhaustivity");
        }
        boolean listWitnesses = ws.size() < SUGGEST_WITNESSES_BELOW;
        String arm = listWitnesses ? String.join(" | ", report.witnessTexts()) + " => todo!()" : "_ => todo!()";
        Span at = null;
        String insert = null;
        List<Span> arms = site.arms();
        if (arms.isEmpty()) {
            at = site.braces();
            insert = bracesWithArm(sm, site, arm);
        } else if (arms.size() == 1) {
            Span only = arms.get(0);
            String indent = SourceText.indentationBefore(sm, only);
            boolean multiline = SourceText.isMultiline(sm, only, only.lo(), SourceText.extendOverBlanksAndCommas(sm, only));
            at = only.shrinkToHi();
            // rustc leaves the comma out after a block body, but never recognises one (its bodies are scopes)
            insert = "," + (multiline ? "\n" + indent : " ") + arm;
        } else {
            Span prev = arms.get(arms.size() - 2);
            Span last = arms.get(arms.size() - 1);
            String spacing = SourceText.isMultiline(sm, last, prev.hi(), last.lo())
                    ? "\n" + SourceText.indentationBefore(sm, last) : " ";
            at = last.shrinkToHi();
            insert = "," + spacing + arm;
        }
        String msg = "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern"
                + (ws.size() > 1 && listWitnesses && at != null ? ", a match arm with multiple or-patterns" : "")
                + (ws.size() == 1 ? (at != null ? " or an explicit pattern as shown" : " or an explicit pattern")
                        : (at != null ? " as shown, or multiple match arms" : ", or multiple match arms"));
        if (at != null) {
            b.suggestion(at, msg, insert);
        } else {
            b.help(msg);
        }
        return b.build();
    }

    /** rustc's wording for an empty match on a type that has values, which names the type instead of `_`. */
    private static Diagnostic typeNotEmpty(MatchReport report, MatchSite site, SourceMap sm) {
        PatType scrutinee = report.scrutinee();
        Diagnostic.Builder b = Diagnostic.error("E0004", "non-exhaustive patterns: type `" + scrutinee.display()
                + "` is non-empty").primary(site.scrutinee());
        PatType peeled = Witnesses.peelRefs(scrutinee);
        if (peeled instanceof PatType.Adt adt && adt.definition() != null && adt.definition().nameSpan() != null) {
            b.noteAt("`" + adt.display() + "` defined here", List.of(Label.primary(adt.definition().nameSpan(), "")));
        }
        b.note("the matched value is of type `" + scrutinee.display() + "`");
        referenceNote(b, scrutinee);
        b.suggestion(site.braces(),
                "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown",
                bracesWithArm(sm, site, "_ => todo!()"));
        return b.build();
    }

    /** The arm rustc writes into an empty {@code {}}: on its own line, indented one level past the match. */
    private static String bracesWithArm(SourceMap sm, MatchSite site, String arm) {
        String nl = "\n" + SourceText.indentationBefore(sm, site.scrutinee());
        return " {" + nl + "    " + arm + "," + nl + "}";
    }

    /**
     * rustc's note pointing at the definition of the matched enum or struct and at the variants the
     * witnesses show missing; {@code libraryToo} is false for E0005, which skips types of other crates.
     */
    static void definedHere(Diagnostic.Builder b, PatType scrutinee, List<Witness> ws, boolean libraryToo) {
        PatType peeled = Witnesses.peelRefs(scrutinee);
        if (!(peeled instanceof PatType.Adt adt) || adt.definition() == null || adt.definition().nameSpan() == null
                || (!libraryToo && !adt.definition().local())) {
            return;
        }
        // E0004 labels the name first; E0005's note (a rustc subdiagnostic) leaves it unlabelled, hence last
        List<Label> labels = new ArrayList<>();
        Label name = Label.primary(adt.definition().nameSpan(), "");
        if (libraryToo) {
            labels.add(name);
        }
        for (PatType.Variant v : Witnesses.uncoveredVariants(adt, ws)) {
            if (v.nameSpan() != null) {
                labels.add(Label.secondary(v.nameSpan(), "not covered"));
            }
        }
        if (!libraryToo) {
            labels.add(name);
        }
        b.noteAt("`" + adt.display() + "` defined here", labels);
    }

    private static String specialNote(PatType t) {
        if (t instanceof PatType.Int i && i.pointerSized()) {
            return i.signed()
                    ? "`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open ranges are necessary to match exhaustively"
                    : "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively";
        }
        if (t instanceof PatType.Opaque o && o.name().equals("str")) {
            return "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary";
        }
        if (new Types().isUninhabited(t)) {
            return "`" + t.display() + "` is uninhabited but is not being matched by value, so a wildcard `_` is required";
        }
        return null;
    }

    private static void referenceNote(Diagnostic.Builder b, PatType scrutinee) {
        if (Types.resolve(scrutinee) instanceof PatType.Ref r && new Types().isUninhabited(r.inner())) {
            b.note("references are always considered inhabited");
        }
    }
}
