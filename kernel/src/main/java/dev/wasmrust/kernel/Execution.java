package dev.wasmrust.kernel;

/**
 * How one {@code execute_request} ended: the trailing value ({@code execute_result}) or the error, and the
 * text the history keeps as the cell's output; {@code page} is help for the pager ({@code name?}), sent as
 * the reply's {@code page} payload.
 */
public record Execution(MimeBundle result, ErrorReport error, String outputText, MimeBundle page) {
    public Execution(MimeBundle result, ErrorReport error, String outputText) {
        this(result, error, outputText, null);
    }

    public boolean failed() {
        return error != null;
    }
}
