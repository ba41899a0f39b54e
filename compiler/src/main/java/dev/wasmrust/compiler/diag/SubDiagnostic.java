package dev.wasmrust.compiler.diag;

import dev.wasmrust.compiler.source.Span;
import java.util.List;

/**
 * A {@code note:} or {@code help:} attached to a diagnostic. With a span it is rendered with its own
 * snippet, underlining {@code labels} when it has some (else just its span); with {@code edits} it is a
 * suggestion whose {@code style} decides, as in rustc, whether it shows as a label on the main snippet
 * or as its own block with the edited code.
 */
public record SubDiagnostic(Level level, String message, Span span, List<Edit> edits, Style style, List<Label> labels) {

    public SubDiagnostic {
        edits = edits == null ? null : List.copyOf(edits);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** One replacement of a span's text (an empty span inserts). */
    public record Edit(Span span, String replacement) {}

    /** rustc's suggestion styles, by the name of the rustc API that produces each. */
    public enum Style {
        /** {@code span_suggestion}: a short one-line edit shows inline as {@code help: msg: `code`}. */
        SHOW_CODE,
        /** {@code span_suggestion_short}: a short one-line edit shows inline as {@code help: msg}. */
        HIDE_CODE_INLINE,
        /** {@code span_suggestion_verbose}: always its own block showing the edited lines. */
        SHOW_ALWAYS
    }

    public static SubDiagnostic note(String message) {
        return new SubDiagnostic(Level.NOTE, message, null, null, null, null);
    }

    public static SubDiagnostic help(String message) {
        return new SubDiagnostic(Level.HELP, message, null, null, null, null);
    }

    public static SubDiagnostic helpAt(Span span, String message) {
        return new SubDiagnostic(Level.HELP, message, span, null, null, null);
    }

    public static SubDiagnostic noteAt(Span span, String message) {
        return new SubDiagnostic(Level.NOTE, message, span, null, null, null);
    }

    /** A note with its own snippet underlining several spans; it is located at its first primary label. */
    public static SubDiagnostic noteAt(String message, List<Label> labels) {
        Span at = labels.get(0).span();
        for (Label l : labels) {
            if (l.primary()) {
                at = l.span();
                break;
            }
        }
        return new SubDiagnostic(Level.NOTE, message, at, null, null, labels);
    }

    public static SubDiagnostic suggestion(Span span, String message, String replacement, Style style) {
        return new SubDiagnostic(Level.HELP, message, span, List.of(new Edit(span, replacement)), style, null);
    }

    public static SubDiagnostic multipart(String message, List<Edit> edits) {
        return new SubDiagnostic(Level.HELP, message, edits.get(0).span(), edits, Style.SHOW_ALWAYS, null);
    }

    public boolean isSuggestion() {
        return edits != null;
    }

    /** The single replacement of a one-edit suggestion. */
    public String replacement() {
        return edits == null ? null : edits.get(0).replacement();
    }
}
