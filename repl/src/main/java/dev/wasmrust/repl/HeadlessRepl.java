package dev.wasmrust.repl;

import dev.wasmrust.repl.engine.Completion;
import dev.wasmrust.repl.engine.ReplEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * The REPL's {@code :commands} and Tab completion for a front end without a terminal (the Jupyter kernel):
 * the same {@link CommandRunner} and {@link ReplCompleter} as the terminal REPL, with each command's output
 * collected as text instead of printed. One instance per session: it keeps the REPL's settings
 * ({@code :timing}) and the last error code ({@code :explain} without an argument).
 */
public final class HeadlessRepl {
    /** What one command printed: on stdout, on stderr (no colors), whether it failed and whether it was {@code :quit}. */
    public record Output(String out, String err, boolean failed, boolean quit) {}

    /** Completions for the word that starts at {@code start} (a UTF-16 index) and ends at the cursor. */
    public record Completions(int start, String word, List<Completion> choices) {}

    private final ReplEngine engine;
    private final Path workingDir;
    private final ReplState state = new ReplState();
    private final ReplCompleter completer;

    public HeadlessRepl(ReplEngine engine, Path workingDir) {
        this.engine = engine;
        this.workingDir = workingDir;
        this.completer = new ReplCompleter(engine, workingDir, new InteractiveRepl.ExplainCodes());
    }

    /** A cell is a command when it starts with {@code :} (but {@code ::std::mem::swap(..)} is Rust). */
    public static boolean isCommand(String cell) {
        return ReplCommands.isCommandLine(cell);
    }

    /** Runs one {@code :command} line. */
    public Output runCommand(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ReplConsole console = new ReplConsole(new PrintWriter(out), new PrintWriter(err), false);
        state.anyCellFailed = false;
        state.quit = false;
        CellRunner cells = new CellRunner(engine, console, state);
        new CommandRunner(engine, console, state, cells, workingDir).run(line);
        console.flush();
        return new Output(out.toString(), err.toString(), state.anyCellFailed, state.quit);
    }

    /** The error code {@code :explain} explains when given none. */
    public void rememberErrorCode(String code) {
        state.lastErrorCode = code;
    }

    /** Whether {@code :timing on} is in effect. */
    public boolean timing() {
        return state.timing;
    }

    /** The completions at {@code cursor}, already narrowed to those starting with the word typed so far. */
    public Completions complete(String text, int cursor) {
        RustLineParser.WordAtCursor w = RustLineParser.WordAtCursor.of(text, cursor);
        List<Completion> choices = new ArrayList<>();
        for (Candidate c : completer.candidates(text, cursor)) {
            if (c.value().startsWith(w.word()) && choices.stream().noneMatch(x -> x.value().equals(c.value()))) {
                choices.add(new Completion(c.value(), c.group() == null ? "" : c.group(), c.descr()));
            }
        }
        return new Completions(w.wordStart(), w.word(), choices);
    }
}
