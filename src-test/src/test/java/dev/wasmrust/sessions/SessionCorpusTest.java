package dev.wasmrust.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The multi-cell session corpus is well formed and every expected file is up to date with its session
 * (it records the SHA-256 of the session it was generated from by {@code src-test/tools/gen-sessions.sh}).
 * Running the sessions through the session engine is the engine's runner's job (contract in SESSIONS.md).
 */
class SessionCorpusTest {
    private static final Path DIR = SessionCorpus.DIR;

    @TestFactory
    Stream<DynamicTest> everySessionHasAnUpToDateExpectation() throws IOException {
        return SessionCorpus.names(DIR).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path expected = DIR.resolve(name + SessionCorpus.EXPECTED);
            assertTrue(Files.exists(expected), "no " + expected.getFileName() + ": run src-test/tools/gen-sessions.sh");
            SessionFile session = SessionCorpus.session(DIR, name);
            List<String> problems = SessionCorpus.problems(session, Files.readString(expected, StandardCharsets.UTF_8));
            assertTrue(problems.isEmpty(), name + ":\n  " + String.join("\n  ", problems));
        }));
    }

    @Test
    void corpusIsLargeEnoughAndHasNoStrayFiles() throws IOException {
        List<String> names = SessionCorpus.names(DIR);
        assertTrue(names.size() >= 30, "at least 30 sessions, found " + names.size());
        List<String> stray = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(f -> {
                boolean known = f.equals("SESSIONS.md") || f.endsWith(SessionCorpus.SOURCE)
                        || (f.endsWith(SessionCorpus.EXPECTED)
                        && names.contains(f.substring(0, f.length() - SessionCorpus.EXPECTED.length())));
                if (!known) {
                    stray.add(f);
                }
            });
        }
        assertEquals(List.of(), stray, "files that are neither a session, its expected file nor SESSIONS.md");
    }

    @Test
    void corpusCoversPanicsErrorsAndValues() throws IOException {
        int panics = 0;
        int errors = 0;
        int values = 0;
        for (String name : SessionCorpus.names(DIR)) {
            for (ExpectedFile.CellResult r : SessionCorpus.expected(DIR, name).cells()) {
                panics += r.status().equals("panic") ? 1 : 0;
                errors += r.status().equals("error") ? 1 : 0;
                values += r.value() != null ? 1 : 0;
            }
        }
        assertTrue(panics >= 10 && errors >= 10 && values >= 100, panics + " panics, " + errors + " errors, " + values + " values");
    }

    // The checks themselves must be able to fail.

    private static final String SESSION = "// header\n// -- cell\nlet x = 1;\n// -- cell\nx\n// -- cell: expect-panic\npanic!(\"p\")\n";

    private static String expected(String sha, String cell2, String cell3) {
        return "# comment\nsource-sha256 " + sha + "\ncells 3\n\ncell 1 ok\n\n" + cell2 + "\n" + cell3;
    }

    private static SessionFile session() {
        return SessionFile.parse("t", SESSION.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha() {
        return SessionCorpus.sha256(SESSION.getBytes(StandardCharsets.UTF_8));
    }

    private static final String PANIC = "cell 3 panic\nerr|\nerr|thread 'main' panicked at <cell 3>:1:1:\nerr|p\n";

    @Test
    void aConsistentPairPasses() {
        SessionFile s = session();
        assertEquals(3, s.cells().size());
        assertEquals(5, s.cells().get(1).firstLine());
        assertEquals("x\n", s.cells().get(1).text());
        assertEquals(List.of(), SessionCorpus.problems(s, expected(sha(), "cell 2 ok\nvalue|1\n", PANIC)));
    }

    @Test
    void staleHashIsReported() {
        String stale = expected(sha().replace('a', 'b').replace('0', '1'), "cell 2 ok\nvalue|1\n", PANIC);
        assertFalse(SessionCorpus.problems(session(), stale).isEmpty());
    }

    @Test
    void statusContradictingTheSeparatorIsReported() {
        String wrong = expected(sha(), "cell 2 ok\nvalue|1\n", "cell 3 ok\n");
        assertFalse(SessionCorpus.problems(session(), wrong).isEmpty());
    }

    @Test
    void malformedExpectedFilesAreRejected() {
        assertFalse(SessionCorpus.problems(session(), expected(sha(), "cell 2 ok\nbogus\n", PANIC)).isEmpty());
        assertFalse(SessionCorpus.problems(session(), expected(sha(), "cell 7 ok\n", PANIC)).isEmpty());
        assertFalse(SessionCorpus.problems(session(), expected(sha(), "cell 2 ok\nvalue|1\nout|late\n", PANIC)).isEmpty());
    }

    @Test
    void streamsDecodeToExactBytes() {
        ExpectedFile e = ExpectedFile.parse("source-sha256 " + sha() + "\ncells 1\ncell 1 ok\nout|a\nout|\nout~b\nerr~c\n");
        assertEquals("a\n\nb", e.cells().get(0).stdout());
        assertEquals("c", e.cells().get(0).stderr());
        assertEquals(null, e.cells().get(0).value());
    }

    @Test
    void malformedSessionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> SessionFile.parse("t", "let x = 1;\n// -- cell\nx\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> SessionFile.parse("t", "// -- cell: expect-eror\nx\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> SessionFile.parse("t", "// -- cell\n\tx\n".getBytes(StandardCharsets.UTF_8)));
    }
}
