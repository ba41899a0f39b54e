package dev.wasmrust.compiler.patterns;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Label;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/** The {@code unreachable_patterns} warnings for a match, worded as rustc words them. */
public final class UnreachablePatternLint {
    /** rustc points at this many covering patterns and counts the rest. */
    private static final int SHOWN_COVERING = 4;
    /** rustc explains where the lint's level comes from on the first warning of the lint only. */
    public static final String LEVEL_NOTE = "`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default";

    private UnreachablePatternLint() {}

    /**
     * One warning per unreachable arm or or-alternative, in report order.
     *
     * @param site the match's spans; null for a {@code let}, where no arm can be removed
     * @param firstOfLint whether the first of these is the crate's first {@code unreachable_patterns} warning
     */
    public static List<Diagnostic> of(MatchReport report, MatchSite site, SourceMap sm, boolean firstOfLint) {
        List<Diagnostic> out = new ArrayList<>();
        for (Unreachable u : report.unreachable()) {
            out.add(warning(u, site, sm, firstOfLint && out.isEmpty()));
        }
        return out;
    }

    private static Diagnostic warning(Unreachable u, MatchSite site, SourceMap sm, boolean levelNote) {
        Span pat = u.pattern().span();
        Diagnostic.Builder b = Diagnostic.warning("unreachable pattern");
        List<CPat> covering = u.coveredBy();
        Span removeArm = null;
        if (covering.isEmpty()) {
            b.primary(pat, "matches no values because `" + u.uninhabitedType().display() + "` is uninhabited");
            b.note("to learn more about uninhabited types, see https://doc.rust-lang.org/nomicon/exotic-sizes.html#empty-types");
            if (u.wholeArm() && site != null) {
                removeArm = SourceText.withTrailingComma(sm, site.arms().get(u.arm()));
            }
        } else {
            b.primary(pat, "no value can reach this");
            if (covering.size() == 1) {
                b.secondary(covering.get(0).span(), u.coveredByCatchall() ? "matches any value" : "matches all the relevant values");
            } else {
                List<Label> labels = new ArrayList<>();
                for (int i = 0; i < Math.min(SHOWN_COVERING, covering.size()); i++) {
                    labels.add(Label.secondary(covering.get(i).span(), "matches some of the same values"));
                }
                int rest = covering.size() - SHOWN_COVERING;
                labels.add(Label.primary(pat, rest > 0 ? "...and " + rest + " other patterns collectively make this unreachable"
                        : "collectively making this unreachable"));
                b.noteAt("multiple earlier patterns match some of the same values", labels);
            }
        }
        if (levelNote) {
            b.note(LEVEL_NOTE);
        }
        if (removeArm != null) {
            b.suggestionShort(removeArm, "remove the match arm", "");
        }
        return b.build();
    }
}
