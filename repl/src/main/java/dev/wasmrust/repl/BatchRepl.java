package dev.wasmrust.repl;

import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.InputSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The REPL without a terminal ({@code wasmrust < cells.rs}): cells are read from stdin (a cell ends where
 * the input so far is complete), each cell's output and then its value's Debug text are printed on stdout
 * (nothing for {@code ()}), diagnostics, panics and traps on stderr, with no prompts and no colors. A failed
 * cell does not stop the run, but the exit status is 1 at the end. Bytes that are not UTF-8 become U+FFFD,
 * which the compiler reports like any unknown character.
 */
public final class BatchRepl {
    private final ReplEngine engine;
    private final java.nio.file.Path workingDir;

    public BatchRepl(ReplEngine engine, java.nio.file.Path workingDir) {
        this.engine = engine;
        this.workingDir = workingDir;
    }

    public int run(InputStream in, PrintStream out, PrintStream err) {
        ReplConsole console = new ReplConsole(new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8), false);
        ReplState state = new ReplState();
        CellRunner cells = new CellRunner(engine, console, state);
        CommandRunner commands = new CommandRunner(engine, console, state, cells, workingDir);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        CellSplitter.Accumulator acc = new CellSplitter.Accumulator();
        try {
            String line;
            while (!state.quit && (line = lines.readLine()) != null) {
                String cell = acc.offer(line);
                if (cell != null) {
                    dispatch(cell, cells, commands);
                }
            }
        } catch (IOException e) {
            console.error("couldn't read stdin: " + e.getMessage());
            state.anyCellFailed = true;
        }
        String rest = acc.finish();
        if (rest != null && !state.quit) {
            dispatch(rest, cells, commands);
        }
        console.flush();
        return state.anyCellFailed ? 1 : 0;
    }

    private static void dispatch(String cell, CellRunner cells, CommandRunner commands) {
        if (ReplCommands.isCommandLine(cell)) {
            commands.run(cell);
        } else {
            // stdin is the cells themselves, so a cell reading stdin sees end of input
            cells.run(cell, InputSource.EMPTY);
        }
    }
}
