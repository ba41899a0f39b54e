package dev.wasmrust.runtime;

/**
 * A cell run's standard streams, and where its rich output ({@code display::html(..)}, ...) goes; by
 * default a one-line summary on stdout ({@link DisplaySink#summary}).
 */
public record CellIo(OutputListener output, InputSource input, DisplaySink display) {
    public CellIo {
        if (output == null || input == null || display == null) {
            throw new IllegalArgumentException("output, input and display are required");
        }
    }

    public CellIo(OutputListener output, InputSource input) {
        this(output, input, output == null ? DisplaySink.DISCARD : DisplaySink.summary(output));
    }

    public static CellIo discard() {
        return new CellIo((s, t) -> { }, InputSource.EMPTY, DisplaySink.DISCARD);
    }

    /** Appends stdout and stderr to the given builders (tests, batch mode). */
    public static CellIo collecting(StringBuilder out, StringBuilder err) {
        return new CellIo((s, t) -> (s == StdStream.STDOUT ? out : err).append(t), InputSource.EMPTY);
    }

    public CellIo withInput(InputSource in) {
        return new CellIo(output, in, display);
    }
}
