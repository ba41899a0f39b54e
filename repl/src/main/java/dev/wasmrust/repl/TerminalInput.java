package dev.wasmrust.repl;

import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.InputSource;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * A running cell's stdin on a terminal: a plain line reader (no Rust parser, no history), so a cell reading a
 * line gets exactly what was typed. Ctrl-C while it waits interrupts the cell; Ctrl-D is end of input.
 */
final class TerminalInput implements InputSource {
    private final org.jline.terminal.Terminal terminal;
    private final ReplEngine engine;
    private LineReader reader;

    TerminalInput(org.jline.terminal.Terminal terminal, ReplEngine engine) {
        this.terminal = terminal;
        this.engine = engine;
    }

    @Override
    public synchronized String readLine() throws InterruptedException {
        if (reader == null) {
            reader = LineReaderBuilder.builder().terminal(terminal).history(new DefaultHistory())
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            reader.unsetOpt(LineReader.Option.HISTORY_BEEP);
        }
        try {
            return reader.readLine("");
        } catch (UserInterruptException e) {
            engine.interrupt();
            throw new InterruptedException("interrupted while reading stdin");
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
