package dev.wasmrust.repl;

import dev.wasmrust.compiler.ast.Crate;
import dev.wasmrust.compiler.ast.Item;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.SourceMap;
import dev.wasmrust.compiler.syntax.Completeness;
import dev.wasmrust.compiler.syntax.Lexer;
import dev.wasmrust.compiler.syntax.ModLoader;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import dev.wasmrust.compiler.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into cells the way a user at the prompt would have entered them: line by line, a cell ends
 * as soon as the input so far is complete (or can never become complete: the compiler then reports it).
 * A {@code :command} line on its own is a cell too. Used by batch mode and {@code :load}.
 */
final class CellSplitter {
    /** Feeds lines one at a time; {@link #offer} returns a finished cell or null. */
    static final class Accumulator {
        private final StringBuilder pending = new StringBuilder();

        /** Adds one line (without its terminator); returns the finished cell, if this line finished one. */
        String offer(String line) {
            if (pending.length() == 0 && ReplCommands.isCommandLine(line)) {
                return line;
            }
            if (pending.length() > 0) {
                pending.append('\n');
            }
            pending.append(line);
            String text = pending.toString();
            if (isBlank(text)) {
                // blank lines and comments between cells belong to no cell
                pending.setLength(0);
                return null;
            }
            if (SyntaxPhase.isComplete(text).kind() != Completeness.Kind.INCOMPLETE) {
                pending.setLength(0);
                return text;
            }
            return null;
        }

        /** At end of input: whatever is left, complete or not, or null when nothing is. */
        String finish() {
            String text = pending.toString();
            pending.setLength(0);
            return isBlank(text) ? null : text;
        }
    }

    private CellSplitter() {}

    static List<String> split(String text) {
        Accumulator acc = new Accumulator();
        List<String> cells = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            String cell = acc.offer(line);
            if (cell != null) {
                cells.add(cell);
            }
        }
        String rest = acc.finish();
        if (rest != null) {
            cells.add(rest);
        }
        return cells;
    }

    /** Only whitespace and comments: nothing to compile. */
    static boolean isBlank(String text) {
        if (text.isBlank()) {
            return true;
        }
        for (Token t : Lexer.tokenize(SourceFile.of(0, "<input>", text))) {
            if (!t.kind().isTrivia() && t.kind() != dev.wasmrust.compiler.syntax.TokenKind.EOF) {
                return false;
            }
        }
        return true;
    }

    /** Whether the file declares a top-level {@code fn main} (a program, such as one written by {@code :save}). */
    static boolean definesMain(String text) {
        SourceMap sm = new SourceMap();
        Crate c = SyntaxPhase.parseFile(sm, sm.add("<load>", text), ModLoader.NONE, new Diagnostics());
        return c.items().stream().anyMatch(i -> i instanceof Item.Fn f && f.name().name().equals("main"));
    }
}
