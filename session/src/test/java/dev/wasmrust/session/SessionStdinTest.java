package dev.wasmrust.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmrust.runtime.CellIo;
import dev.wasmrust.runtime.InputSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell reading standard input with {@code std::io} asks the front end for each line through the cell's
 * {@link InputSource} (the kernel's input_request, the REPL's prompt), and values read stay in the session.
 */
class SessionStdinTest {
    /** Answers reads with the given lines, then end of input, and records how many were asked for. */
    private record Lines(Deque<String> lines, List<String> asked) implements InputSource {
        static Lines of(String... lines) {
            return new Lines(new ArrayDeque<>(List.of(lines)), new ArrayList<>());
        }

        @Override
        public String readLine() {
            String next = lines.pollFirst();
            asked.add(String.valueOf(next));
            return next;
        }
    }

    private static CellResult eval(Session s, String cell, StringBuilder out, InputSource in) {
        CellResult r = s.eval(cell, CellIo.collecting(out, out).withInput(in));
        assertEquals(CellStatus.OK, r.status(), s.render(r.diagnostics(), false) + r + out);
        return r;
    }

    @Test
    void aCellReadsALineAndALaterCellUsesIt() {
        try (Session s = new Session()) {
            StringBuilder out = new StringBuilder();
            Lines in = Lines.of("Ferris", "unused");
            eval(s, "use std::io;", out, InputSource.EMPTY);
            eval(s, "let mut name = String::new();\n"
                    + "let n = io::stdin().read_line(&mut name).expect(\"Failed to read line\");\n"
                    + "println!(\"read {} bytes\", n);", out, in);
            assertEquals(List.of("Ferris"), in.asked(), "one line asked for, when the cell read it");
            CellResult shown = eval(s, "format!(\"Hello, {}!\", name.trim())", out, InputSource.EMPTY);
            assertEquals("read 7 bytes\n", out.toString());
            assertEquals("\"Hello, Ferris!\"", shown.value().orElseThrow());
        }
    }

    @Test
    void linesEndAtTheEndOfInput() {
        try (Session s = new Session()) {
            StringBuilder out = new StringBuilder();
            Lines in = Lines.of("3", "4", "5");
            CellResult r = eval(s, "let total: i32 = std::io::stdin().lines().map(|l| l.unwrap().parse::<i32>().unwrap()).sum();\ntotal",
                    out, in);
            assertEquals("12", r.value().orElseThrow());
            assertEquals(List.of("3", "4", "5", "null"), in.asked());
            StringBuilder more = new StringBuilder();
            eval(s, "let mut s = String::new();\nprintln!(\"{:?}\", std::io::stdin().read_line(&mut s));", more, InputSource.EMPTY);
            assertEquals("Ok(0)\n", more.toString());
        }
    }
}
