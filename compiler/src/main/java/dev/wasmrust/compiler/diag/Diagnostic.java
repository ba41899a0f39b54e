package dev.wasmrust.compiler.diag;

import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem found by any phase, as data: rendered in one place ({@link DiagnosticRenderer}) the way
 * rustc renders it. {@code code} is a rustc error code such as {@code E0308}, or null.
 */
public record Diagnostic(Level level, String code, String message, List<Label> labels, List<SubDiagnostic> children) {

    public Diagnostic {
        labels = List.copyOf(labels);
        children = List.copyOf(children);
    }

    public static Builder error(String message) {
        return new Builder(Level.ERROR, null, message);
    }

    public static Builder error(String code, String message) {
        return new Builder(Level.ERROR, code, message);
    }

    public static Builder warning(String message) {
        return new Builder(Level.WARNING, null, message);
    }

    /** The span of the first primary label, or null for a diagnostic without a location. */
    public Span primarySpan() {
        for (Label l : labels) {
            if (l.primary()) {
                return l.span();
            }
        }
        return labels.isEmpty() ? null : labels.get(0).span();
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** Builds a diagnostic fluently; nothing is reported until the result is given to a {@link Diagnostics}. */
    public static final class Builder {
        private final Level level;
        private final String code;
        private final String message;
        private final List<Label> labels = new ArrayList<>();
        private final List<SubDiagnostic> children = new ArrayList<>();

        private Builder(Level level, String code, String message) {
            this.level = level;
            this.code = code;
            this.message = message;
        }

        public Builder primary(Span span, String text) {
            labels.add(Label.primary(span, text));
            return this;
        }

        public Builder primary(Span span) {
            return primary(span, "");
        }

        public Builder secondary(Span span, String text) {
            labels.add(Label.secondary(span, text));
            return this;
        }

        public Builder note(String text) {
            children.add(SubDiagnostic.note(text));
            return this;
        }

        public Builder noteAt(Span span, String text) {
            children.add(SubDiagnostic.noteAt(span, text));
            return this;
        }

        /** A note with its own snippet, underlining each of {@code labels}; it is located at the first primary one. */
        public Builder noteAt(String text, List<Label> labels) {
            children.add(SubDiagnostic.noteAt(text, labels));
            return this;
        }

        /** A help with its own snippet ({@code help: the trait ... is not implemented for `P`} at {@code P}'s definition). */
        public Builder helpAt(Span span, String text) {
            children.add(SubDiagnostic.helpAt(span, text));
            return this;
        }

        public Builder help(String text) {
            children.add(SubDiagnostic.help(text));
            return this;
        }

        /** A suggestion always shown as its own block with the edited code (rustc's verbose style). */
        public Builder suggestion(Span span, String text, String replacement) {
            children.add(SubDiagnostic.suggestion(span, text, replacement, SubDiagnostic.Style.SHOW_ALWAYS));
            return this;
        }

        /** A suggestion shown inline as a label {@code help: text: `code`} when short, else as a block. */
        public Builder suggestionInline(Span span, String text, String replacement) {
            children.add(SubDiagnostic.suggestion(span, text, replacement, SubDiagnostic.Style.SHOW_CODE));
            return this;
        }

        /** A suggestion shown inline as a label {@code help: text} (without the code) when short, else as a block. */
        public Builder suggestionShort(Span span, String text, String replacement) {
            children.add(SubDiagnostic.suggestion(span, text, replacement, SubDiagnostic.Style.HIDE_CODE_INLINE));
            return this;
        }

        /** One suggestion made of several edits, shown as a block. */
        public Builder multipartSuggestion(String text, List<SubDiagnostic.Edit> edits) {
            children.add(SubDiagnostic.multipart(text, edits));
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(level, code, message, labels, children);
        }
    }
}
