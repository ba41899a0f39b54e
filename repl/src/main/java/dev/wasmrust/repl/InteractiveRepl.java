package dev.wasmrust.repl;

import dev.wasmrust.compiler.diag.Explanations;
import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.runtime.InputSource;
import java.io.IOError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;

/**
 * The REPL on a terminal: a JLine line reader with the Rust parser, highlighter and completer, history in a
 * file, {@code :commands}, and Ctrl-C routed to the running cell. Only {@code :quit} and Ctrl-D on an empty
 * line end it.
 */
public final class InteractiveRepl {
    static final String PROMPT = ">> ";
    static final String CONTINUATION_PROMPT = ".. ";
    /** A line editor failing this many times in a row (a broken terminal) ends the REPL rather than spinning. */
    private static final int MAX_EDITOR_FAILURES = 20;

    private final Terminal terminal;
    private final ReplEngine engine;
    private final ReplOptions options;
    private final StartupTrace trace;
    private final Runnable whenReady;

    public InteractiveRepl(Terminal terminal, ReplEngine engine, ReplOptions options) {
        this(terminal, engine, options, null, () -> { });
    }

    /** {@code whenReady} runs once the first prompt can be drawn (start background work there, not before). */
    public InteractiveRepl(Terminal terminal, ReplEngine engine, ReplOptions options, StartupTrace trace, Runnable whenReady) {
        this.terminal = terminal;
        this.engine = engine;
        this.options = options;
        this.trace = trace;
        this.whenReady = whenReady;
    }

    /** Runs until {@code :quit} or Ctrl-D; returns the exit status (0). */
    public int run() {
        // JLine reports history problems through java.util.logging, with stack traces; we report them ourselves
        java.util.logging.Logger jlineLog = java.util.logging.Logger.getLogger("org.jline");
        java.util.logging.Level before = jlineLog.getLevel();
        jlineLog.setLevel(java.util.logging.Level.OFF);
        try {
            return loop();
        } finally {
            jlineLog.setLevel(before);
        }
    }

    private int loop() {
        boolean color = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                && System.getenv("NO_COLOR") == null;
        ReplConsole console = new ReplConsole(terminal.writer(), terminal.writer(), color);
        ReplState state = new ReplState();
        CellRunner cells = new CellRunner(engine, console, state);
        CommandRunner commands = new CommandRunner(engine, console, state, cells, options.workingDir());
        HistoryFile history = HistoryFile.check(options.historyFile());
        LineReader reader = buildReader(history, color);
        InputSource cellInput = new TerminalInput(terminal, engine);

        console.println(console.styled("WasmRust " + options.version(), AttributedStyle.BOLD) + " · host "
                + engine.hostProfile().cliName() + " · " + engine.description() + " · :help for help");
        if (history.warning() != null) {
            console.note("note: " + history.warning());
        }
        if (trace != null) {
            trace.mark("line reader built, banner shown");
        }
        whenReady.run();
        int editorFailures = 0;
        while (!state.quit) {
            String input;
            try {
                fixZeroWidth();
                input = reader.readLine(PROMPT);
                editorFailures = 0;
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt: the line (even an unfinished cell) is dropped
            } catch (EndOfFileException e) {
                break;
            } catch (IOError | RuntimeException e) {
                if (++editorFailures >= MAX_EDITOR_FAILURES) {
                    console.error("the terminal keeps failing (" + e + "); leaving the REPL");
                    break;
                }
                console.error("the line editor failed: " + e);
                continue;
            }
            if (input == null || input.isBlank()) {
                continue;
            }
            String line = input;
            // commands run cells too (`:load`), so Ctrl-C goes to the engine during both
            whileInterruptible(console, () -> {
                if (ReplCommands.isCommandLine(line)) {
                    commands.run(line);
                } else {
                    cells.run(line, cellInput);
                }
            });
        }
        saveHistory(reader, console);
        return 0;
    }

    private LineReader buildReader(HistoryFile history, boolean color) {
        return lineReader(terminal, engine, options.workingDir(), history.path(), color);
    }

    /**
     * The line reader exactly as the REPL uses it (Rust parser, completer, highlighter when {@code color},
     * history in {@code historyFile} when not null); public for benchmarks.
     */
    public static LineReader lineReader(Terminal terminal, ReplEngine engine, java.nio.file.Path workingDir,
                                        java.nio.file.Path historyFile, boolean color) {
        Supplier<List<String>> codes = new ExplainCodes();
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("wasmrust")
                .parser(new RustLineParser())
                .completer(new ReplCompleter(engine, workingDir, codes))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .variable(LineReader.INDENTATION, RustLineParser.INDENT_WIDTH)
                .variable(LineReader.HISTORY_SIZE, 2000)
                .variable(LineReader.HISTORY_FILE_SIZE, 10000)
                // `!!`, `!$` and `!x` are Rust (`!!flag`), not history references
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .option(LineReader.Option.AUTO_GROUP, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
        if (color) {
            b.highlighter(new RustHighlighter());
        }
        if (historyFile != null) {
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return b.build();
    }

    /** A terminal reporting zero columns (a detached pane, a broken pty) would break JLine's layout. */
    private void fixZeroWidth() {
        Size s = terminal.getSize();
        if (s.getColumns() <= 0) {
            terminal.setSize(new Size(80, Math.max(s.getRows(), 24)));
        }
    }

    private void whileInterruptible(ReplConsole console, Runnable work) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, sig -> {
            engine.interrupt();
            console.breakLine();
        });
        try {
            work.run();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private static void saveHistory(LineReader reader, ReplConsole console) {
        try {
            reader.getHistory().save();
        } catch (java.io.IOException | RuntimeException e) {
            console.note("note: the history could not be saved: " + e.getMessage());
        }
    }

    /** The codes {@code wasmrust explain} knows, found once on first use (Tab after {@code :explain}). */
    static final class ExplainCodes implements Supplier<List<String>> {
        private List<String> codes;

        @Override
        public synchronized List<String> get() {
            if (codes == null) {
                List<String> found = new ArrayList<>();
                for (int i = 1; i < 1000; i++) {
                    String c = String.format("E%04d", i);
                    if (Explanations.of(c).isPresent()) {
                        found.add(c);
                    }
                }
                codes = List.copyOf(found);
            }
            return codes;
        }
    }
}
