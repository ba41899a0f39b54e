package dev.wasmrust.runtime;

/** A cell run's standard streams. */
public record CellIo(OutputListener output, InputSource input) {
    public CellIo {
        if (output == null || input == null) {
            throw new IllegalArgumentException("output and input are required");
        }
    }

    public static CellIo discard() {
        return new CellIo((s, t) -> { }, InputSource.EMPTY);
    }

    /** Appends stdout and stderr to the given builders (tests, batch mode). */
    public static CellIo collecting(StringBuilder out, StringBuilder err) {
        return new CellIo((s, t) -> (s == StdStream.STDOUT ? out : err).append(t), InputSource.EMPTY);
    }

    public CellIo withInput(InputSource in) {
        return new CellIo(output, in);
    }
}
