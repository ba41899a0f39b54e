package dev.wasmrust.runtime;

/**
 * Receives a cell's output as it is written, on the thread running the cell, in chunks of at most a few
 * KiB of text (never more than one write's worth buffered, so a cell printing 100 MB costs no heap).
 * A slow listener slows the cell down rather than filling memory.
 */
@FunctionalInterface
public interface OutputListener {
    void output(StdStream stream, String text);
}
