package dev.wasmrust.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations of one session ({@code NAME.expected}, written by {@code src-test/tools/gen-sessions.sh};
 * format in {@code SESSIONS.md}). Streams are decoded to the exact bytes (as UTF-8 text) the cell wrote.
 */
public record ExpectedFile(String sourceSha256, int cellCount, List<CellResult> cells) {
    private static final Pattern CELL = Pattern.compile("cell (\\d+) (ok|panic|error|exit \\d+)");
    private static final Pattern ERROR = Pattern.compile("error(?:\\[(E\\d{4})\\])? (<cell \\d+>:\\d+:\\d+|-): (.+)");
    private static final Pattern SHA = Pattern.compile("source-sha256 ([0-9a-f]{64})");
    private static final Pattern COUNT = Pattern.compile("cells (\\d+)");

    /** A compile error: its code (null when rustc gives none), {@code <cell N>:LINE:COL} and message. */
    public record Error(String code, String location, String message) {
    }

    /** What one cell did. {@code value} is null when the cell shows no value. */
    public record CellResult(int index, String status, String stdout, String stderr, String value,
                             List<Error> errors) {
    }

    /** Parses an expected file; throws IllegalArgumentException naming the line of any malformation. */
    public static ExpectedFile parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the expected file must end with a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        String sha = null;
        int count = -1;
        List<CellResult> cells = new ArrayList<>();
        Builder cur = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": ";
            Matcher m;
            if (line.isEmpty() || (line.startsWith("#") && cur == null)) {
                continue;
            } else if ((m = SHA.matcher(line)).matches() && cur == null && sha == null) {
                sha = m.group(1);
            } else if ((m = COUNT.matcher(line)).matches() && cur == null && count < 0) {
                count = Integer.parseInt(m.group(1));
            } else if ((m = CELL.matcher(line)).matches()) {
                if (cur != null) {
                    cells.add(cur.build());
                }
                cur = new Builder(Integer.parseInt(m.group(1)), m.group(2));
                if (cur.index != cells.size() + 1) {
                    throw new IllegalArgumentException(where + "cells must be numbered 1, 2, ... in order");
                }
            } else if (cur == null) {
                throw new IllegalArgumentException(where + "expected the header or 'cell N STATUS': " + line);
            } else if ((m = ERROR.matcher(line)).matches()) {
                cur.errors.add(new Error(m.group(1), m.group(2), m.group(3)));
            } else if (!cur.stream(line)) {
                throw new IllegalArgumentException(where + "unknown line: " + line);
            }
        }
        if (cur != null) {
            cells.add(cur.build());
        }
        if (sha == null || count < 0) {
            throw new IllegalArgumentException("missing 'source-sha256' or 'cells' header");
        }
        return new ExpectedFile(sha, count, List.copyOf(cells));
    }

    private static final class Builder {
        final int index;
        final String status;
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();
        boolean outClosed;
        boolean errClosed;
        String value;
        final List<Error> errors = new ArrayList<>();

        Builder(int index, String status) {
            this.index = index;
            this.status = status;
        }

        /** Consumes an out|, out~, err|, err~ or value| line; false if the line is none of these. */
        boolean stream(String line) {
            if (line.startsWith("value|") && value == null) {
                value = line.substring(6);
                return true;
            }
            boolean isOut = line.startsWith("out|") || line.startsWith("out~");
            boolean isErr = line.startsWith("err|") || line.startsWith("err~");
            if (!isOut && !isErr) {
                return false;
            }
            if (value != null || (isOut ? outClosed : errClosed)) {
                throw new IllegalArgumentException("cell " + index + ": stream line after the end of its stream: " + line);
            }
            StringBuilder sb = isOut ? out : err;
            sb.append(line, 4, line.length());
            if (line.charAt(3) == '|') {
                sb.append('\n');
            } else if (isOut) {
                outClosed = true;
            } else {
                errClosed = true;
            }
            return true;
        }

        CellResult build() {
            return new CellResult(index, status, out.toString(), err.toString(), value, List.copyOf(errors));
        }
    }
}
