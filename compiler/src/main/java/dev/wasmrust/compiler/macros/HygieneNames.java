package dev.wasmrust.compiler.macros;

import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Label;
import dev.wasmrust.compiler.diag.SubDiagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Diagnostics name a macro's own locals as the source spells them: the hygienic renaming ({@code x} to
 * {@code x__macro3}, see {@link Transcriber}) is the compiler's business, not the user's.
 */
final class HygieneNames {
    private HygieneNames() {}

    private static final Pattern RENAMED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*?)" + Transcriber.HYGIENE_MARK + "[0-9]+");

    static List<Diagnostic> shown(List<Diagnostic> ds) {
        List<Diagnostic> out = null;
        for (int i = 0; i < ds.size(); i++) {
            Diagnostic d = ds.get(i);
            Diagnostic c = clean(d);
            if (c != d && out == null) {
                out = new ArrayList<>(ds.subList(0, i));
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? ds : out;
    }

    private static Diagnostic clean(Diagnostic d) {
        if (!mentions(d)) {
            return d;
        }
        List<SubDiagnostic> children = new ArrayList<>();
        for (SubDiagnostic s : d.children()) {
            List<SubDiagnostic.Edit> edits = null;
            if (s.edits() != null) {
                edits = new ArrayList<>();
                for (SubDiagnostic.Edit e : s.edits()) {
                    edits.add(new SubDiagnostic.Edit(e.span(), text(e.replacement())));
                }
            }
            children.add(new SubDiagnostic(s.level(), text(s.message()), s.span(), edits, s.style(), labels(s.labels())));
        }
        return new Diagnostic(d.level(), d.code(), text(d.message()), labels(d.labels()), children);
    }

    private static boolean mentions(Diagnostic d) {
        return d.toString().contains(Transcriber.HYGIENE_MARK);
    }

    private static List<Label> labels(List<Label> ls) {
        if (ls == null) {
            return null;
        }
        List<Label> out = new ArrayList<>(ls.size());
        for (Label l : ls) {
            out.add(new Label(l.span(), text(l.text()), l.primary()));
        }
        return out;
    }

    private static String text(String s) {
        return s == null || !s.contains(Transcriber.HYGIENE_MARK) ? s : RENAMED.matcher(s).replaceAll("$1");
    }
}
