package dev.wasmrust.sessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The session corpus in {@code src/test/resources/sessions}: loading, and the well-formedness checks a
 * session and its expected file must pass. A session-engine runner loads sessions and expectations
 * from here (see the runner contract in {@code SESSIONS.md}).
 */
public final class SessionCorpus {
    public static final Path DIR = Path.of("src/test/resources/sessions").toAbsolutePath();
    static final String SOURCE = ".session.rs";
    static final String EXPECTED = ".expected";
    static final int MIN_CELLS = 3;
    static final int MAX_CELLS = 12;
    private static final Pattern LOCATION = Pattern.compile("<cell (\\d+)>:(\\d+):(\\d+)");

    private SessionCorpus() {
    }

    /** The names of the sessions in dir, sorted. */
    public static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(SOURCE)).sorted()
                    .forEach(f -> names.add(f.substring(0, f.length() - SOURCE.length())));
        }
        return names;
    }

    public static SessionFile session(Path dir, String name) throws IOException {
        return SessionFile.parse(name, Files.readAllBytes(dir.resolve(name + SOURCE)));
    }

    public static ExpectedFile expected(Path dir, String name) throws IOException {
        return ExpectedFile.parse(Files.readString(dir.resolve(name + EXPECTED), StandardCharsets.UTF_8));
    }

    /** Everything wrong with a session and the text of its expected file; empty when both are fine. */
    public static List<String> problems(SessionFile session, String expectedText) {
        List<String> problems = new ArrayList<>();
        int n = session.cells().size();
        if (n < MIN_CELLS || n > MAX_CELLS) {
            problems.add("has " + n + " cells, not " + MIN_CELLS + " to " + MAX_CELLS);
        }
        ExpectedFile expected;
        try {
            expected = ExpectedFile.parse(expectedText);
        } catch (IllegalArgumentException e) {
            problems.add("malformed expected file: " + e.getMessage());
            return problems;
        }
        if (!expected.sourceSha256().equals(sha256(session.raw()))) {
            problems.add("the expected file is stale (source-sha256 differs): rerun src-test/tools/gen-sessions.sh "
                    + session.name());
            return problems;
        }
        if (expected.cellCount() != n || expected.cells().size() != n) {
            problems.add("the session has " + n + " cells, the expected file " + expected.cellCount() + "/"
                    + expected.cells().size());
            return problems;
        }
        for (int i = 0; i < n; i++) {
            problems.addAll(cellProblems(session.cells().get(i), expected.cells().get(i)));
        }
        return problems;
    }

    private static List<String> cellProblems(SessionFile.Cell cell, ExpectedFile.CellResult r) {
        List<String> p = new ArrayList<>();
        String where = "cell " + cell.index() + " (line " + cell.firstLine() + "): ";
        if (!r.status().equals(cell.intent())) {
            p.add(where + "status " + r.status() + " but the separator documents " + cell.intent());
        }
        if (cell.intentCode() != null && r.errors().stream().noneMatch(e -> cell.intentCode().equals(e.code()))) {
            p.add(where + "documents " + cell.intentCode() + " but the errors are " + r.errors());
        }
        boolean isError = r.status().equals("error");
        if (isError != !r.errors().isEmpty()) {
            p.add(where + "error lines and status disagree");
        }
        if (isError && (!r.stdout().isEmpty() || !r.stderr().isEmpty() || r.value() != null)) {
            p.add(where + "a cell that does not compile has no output");
        }
        if (r.status().equals("panic") && (r.value() != null || !r.stderr().contains("panicked at <cell "))) {
            p.add(where + "a panicking cell has a located panic message and no value");
        }
        for (ExpectedFile.Error e : r.errors()) {
            Matcher m = LOCATION.matcher(e.location());
            if (!m.matches() || Integer.parseInt(m.group(1)) > cell.index()) {
                p.add(where + "error location must be in this or an earlier cell: " + e.location());
            } else if (Integer.parseInt(m.group(1)) == cell.index()
                    && Integer.parseInt(m.group(2)) > cell.text().split("\n", -1).length - 1) {
                p.add(where + "error line beyond the cell: " + e.location());
            }
        }
        return p;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
