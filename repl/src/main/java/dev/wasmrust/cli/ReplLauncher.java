package dev.wasmrust.cli;

import dev.wasmrust.repl.BatchRepl;
import dev.wasmrust.repl.InteractiveRepl;
import dev.wasmrust.repl.ReplOptions;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.repl.interim.WholeProgramEngine;
import dev.wasmrust.runtime.HostProfile;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the REPL: picks the engine (today the interim whole-program engine; the session engine's adapter
 * replaces it here) and the front end (the terminal, or batch mode when stdin is not a terminal).
 */
final class ReplLauncher {
    private ReplLauncher() {}

    static int launch(Main.Context ctx, HostProfile profile, Path history, String version) {
        Path cwd = Path.of("").toAbsolutePath();
        try (ReplEngine engine = new WholeProgramEngine(profile)) {
            if (!ctx.interactive()) {
                return new BatchRepl(engine, cwd).run(ctx.in(), ctx.out(), ctx.err());
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).name("wasmrust")
                    // Ctrl-C must never kill the REPL: during a cell it is routed to the cell, at the prompt JLine reads it
                    .signalHandler(Terminal.SignalHandler.SIG_IGN)
                    .build()) {
                return new InteractiveRepl(terminal, engine, new ReplOptions(history, cwd, version)).run();
            } catch (IOException e) {
                ctx.err().println("error: cannot open the terminal: " + e.getMessage());
                return 1;
            }
        }
    }
}
