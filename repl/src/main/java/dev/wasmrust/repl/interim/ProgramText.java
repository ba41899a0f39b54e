package dev.wasmrust.repl.interim;

import dev.wasmrust.repl.analysis.Chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of an assembled program and, for every line copied from a cell, where it came from. Each chunk
 * starts on a line of its own, indented by spaces to the column it had in its cell, so a line and column
 * of the program are the same column on the mapped line of the cell.
 */
final class ProgramText {
    /** Lines {@code [start, start + count)} of the program (0-based) are lines {@code cellLine...} of {@code cell}. */
    record Run(int start, int count, int cell, int cellLine) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Run> runs = new ArrayList<>();
    private int lines;

    /** Scaffolding: lines of our own that map to no cell. */
    ProgramText raw(String line) {
        text.append(line).append('\n');
        lines++;
        return this;
    }

    ProgramText chunk(Chunk c) {
        text.append(" ".repeat(c.column())).append(c.text()).append('\n');
        int count = (int) c.text().chars().filter(ch -> ch == '\n').count() + 1;
        runs.add(new Run(lines, count, c.cell(), c.line()));
        lines += count;
        return this;
    }

    String text() {
        return text.toString();
    }

    /** The run holding 0-based program line {@code line}, or null for scaffolding. */
    Run runAt(int line) {
        for (Run r : runs) {
            if (line >= r.start && line < r.start + r.count) {
                return r;
            }
        }
        return null;
    }
}
