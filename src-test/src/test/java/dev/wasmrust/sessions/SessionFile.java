package dev.wasmrust.sessions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multi-cell session of the corpus ({@code NAME.session.rs}, format in {@code SESSIONS.md}): the
 * cells between {@code // -- cell} separator lines, each with the intent its separator documents.
 * Line 1 of a cell is the line after its separator; cell texts end with a newline.
 */
public record SessionFile(String name, byte[] raw, List<Cell> cells) {
    static final Pattern SEPARATOR =
            Pattern.compile("// -- cell(?::[ \\t]*(expect-error(?:[ \\t]+(E\\d{4}))?|expect-panic))?[ \\t]*");

    /** One cell: its 1-based index, the session-file line of its first line, its text and intent. */
    public record Cell(int index, int firstLine, String text, String intent, String intentCode) {
    }

    /** Parses a session; throws IllegalArgumentException naming the line of any malformation. */
    public static SessionFile parse(String name, byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        if (text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            throw new IllegalArgumentException(name + ": use LF line ends and spaces, no tabs");
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException(name + ": the file must end with a newline");
        }
        String[] lines = text.isEmpty() ? new String[0] : text.substring(0, text.length() - 1).split("\n", -1);
        List<Cell> cells = new ArrayList<>();
        StringBuilder body = null;
        int first = 0;
        String intent = null;
        String code = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = SEPARATOR.matcher(line);
            if (m.matches()) {
                if (body != null) {
                    cells.add(new Cell(cells.size() + 1, first, body.toString(), intent, code));
                }
                body = new StringBuilder();
                first = i + 2;
                intent = m.group(1) == null ? "ok" : m.group(1).equals("expect-panic") ? "panic" : "error";
                code = m.group(2);
            } else if (line.startsWith("// --")) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": malformed separator: " + line);
            } else if (body != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank() && !line.startsWith("//")) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": code before the first '// -- cell'");
            }
        }
        if (body != null) {
            cells.add(new Cell(cells.size() + 1, first, body.toString(), intent, code));
        }
        return new SessionFile(name, raw, List.copyOf(cells));
    }
}
