package dev.wasmrust.compiler.diag;

import dev.wasmrust.compiler.source.Span;

/**
 * A {@code note:} or {@code help:} attached to a diagnostic. With a span it is rendered with its own
 * snippet; with a {@code replacement} it is a suggestion ("help: try ...") showing the edited line.
 */
public record SubDiagnostic(Level level, String message, Span span, String replacement) {
    public static SubDiagnostic note(String message) {
        return new SubDiagnostic(Level.NOTE, message, null, null);
    }

    public static SubDiagnostic help(String message) {
        return new SubDiagnostic(Level.HELP, message, null, null);
    }

    public static SubDiagnostic noteAt(Span span, String message) {
        return new SubDiagnostic(Level.NOTE, message, span, null);
    }

    public static SubDiagnostic suggestion(Span span, String message, String replacement) {
        return new SubDiagnostic(Level.HELP, message, span, replacement);
    }
}
