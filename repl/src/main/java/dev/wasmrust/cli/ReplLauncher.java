package dev.wasmrust.cli;

import dev.wasmrust.repl.BatchRepl;
import dev.wasmrust.repl.InteractiveRepl;
import dev.wasmrust.repl.ReplOptions;
import dev.wasmrust.repl.StartupTrace;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.repl.interim.WholeProgramEngine;
import dev.wasmrust.repl.session.SessionReplEngine;
import dev.wasmrust.runtime.HostProfile;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the REPL: picks the engine (today the interim whole-program engine; the session engine's adapter
 * replaces it here) and the front end (the terminal, or batch mode when stdin is not a terminal).
 */
public final class ReplLauncher {
    public static final java.util.List<String> ENGINES = java.util.List.of("interim", "session");

    private ReplLauncher() {}

    /** {@code $WASMRUST_ENGINE}, else the interim engine (the one that shows every cell's module today). */
    public static String defaultEngine() {
        String env = System.getenv("WASMRUST_ENGINE");
        return env != null && ENGINES.contains(env) ? env : "session";
    }

    /** The engine named {@code which} ({@code interim} or {@code session}), for every front end. */
    public static ReplEngine engine(String which, HostProfile profile) {
        return which.equals("session") ? new SessionReplEngine(profile) : new WholeProgramEngine(profile);
    }

    /**
     * While the user reads the banner and types, compile a tiny program once on a daemon thread, so the
     * first cell does not pay for loading and compiling the compiler's classes. It shares nothing with the
     * session (the compiler keeps no static state) and its result is dropped.
     */
    private static void warmUpCompiler() {
        Thread t = new Thread(null, () -> {
            try {
                dev.wasmrust.compiler.source.SourceMap sm = new dev.wasmrust.compiler.source.SourceMap();
                dev.wasmrust.compiler.Compiler.compileProgram(sm,
                        sm.add("<warm-up>", "fn main() { let v = vec![1u8, 2]; println!(\"{:?} {}\", v, v.len() as i32 + 1); }\n"),
                        dev.wasmrust.compiler.syntax.ModLoader.NONE, dev.wasmrust.compiler.CompileOptions.defaults());
            } catch (RuntimeException | StackOverflowError e) {
                // only a warm-up: the first cell will report any real problem
            }
        }, "wasmrust-warm-up", 512L << 20);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static int launch(Main.Context ctx, String which, HostProfile profile, Path history, String version) {
        Path cwd = Path.of("").toAbsolutePath();
        StartupTrace trace = StartupTrace.fromEnvironment();
        if (trace != null) {
            trace.mark("command line parsed");
        }
        try (ReplEngine engine = engine(which, profile)) {
            if (!ctx.interactive()) {
                return new BatchRepl(engine, cwd).run(ctx.in(), ctx.out(), ctx.err());
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).name("wasmrust")
                    // Ctrl-C must never kill the REPL: during a cell it is routed to the cell, at the prompt JLine reads it
                    .signalHandler(Terminal.SignalHandler.SIG_IGN)
                    .build()) {
                if (trace != null) {
                    trace.mark("terminal open");
                }
                return new InteractiveRepl(terminal, engine, new ReplOptions(history, cwd, version), trace,
                        ReplLauncher::warmUpCompiler).run();
            } catch (IOException e) {
                ctx.err().println("error: cannot open the terminal: " + e.getMessage());
                return 1;
            }
        }
    }
}
