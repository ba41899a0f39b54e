package dev.wasmrust.kernel;

/**
 * How one {@code execute_request} ended: the trailing value ({@code execute_result}) or the error, and the
 * text the history keeps as the cell's output.
 */
public record Execution(MimeBundle result, ErrorReport error, String outputText) {
    public boolean failed() {
        return error != null;
    }
}
