package dev.wasmrust.runtime;

/**
 * Answers a cell's reads from standard input (Jupyter's {@code input_request}, a terminal prompt), called
 * on the thread running the cell when the cell reads and nothing is buffered.
 */
@FunctionalInterface
public interface InputSource {
    /**
     * The next line without its terminator (the runtime appends {@code \n}), or null at end of input.
     * May block; an interrupt of the cell arrives as {@link InterruptedException}.
     */
    String readLine() throws InterruptedException;

    InputSource EMPTY = () -> null;
}
