package dev.wasmrust.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code Vec} (or slice or array) of structs shown as an HTML table: read back from the value's
 * {@code Debug} text ({@code [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }]}), one row per element and one
 * column per field. Only when every element is the same struct with the same fields; anything else
 * (numbers, tuples, enums with data, nested lists) stays plain text.
 */
final class DebugTable {
    private static final int MAX_ROWS = 1000;

    private DebugTable() {}

    /** The table, or null when the text is not a list of like structs. */
    static String html(String debug) {
        String s = debug.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return null;
        }
        List<String> elements = splitTopLevel(s.substring(1, s.length() - 1), ',');
        if (elements.isEmpty() || elements.size() > MAX_ROWS) {
            return null;
        }
        String structName = null;
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (String e : elements) {
            Struct st = struct(e.strip());
            if (st == null || structName != null && (!structName.equals(st.name) || !columns.equals(st.fields))) {
                return null;
            }
            structName = st.name;
            columns = st.fields;
            rows.add(st.values);
        }
        StringBuilder h = new StringBuilder("<table>\n<thead><tr><th></th>");
        for (String c : columns) {
            h.append("<th>").append(escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            h.append("<tr><th>").append(i).append("</th>");
            for (String v : rows.get(i)) {
                h.append("<td>").append(escape(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody>\n</table>").toString();
    }

    private record Struct(String name, List<String> fields, List<String> values) {}

    private static Struct struct(String e) {
        int brace = e.indexOf(" { ");
        if (brace <= 0 || !e.endsWith(" }")) {
            return null;
        }
        String name = e.substring(0, brace);
        if (!name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String f : splitTopLevel(e.substring(brace + 3, e.length() - 2), ',')) {
            String t = f.strip();
            int colon = t.indexOf(": ");
            if (colon <= 0 || !t.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                return null;
            }
            fields.add(t.substring(0, colon));
            values.add(t.substring(colon + 2));
        }
        return fields.isEmpty() ? null : new Struct(name, fields, values);
    }

    /** Splits at {@code sep} outside brackets, strings and char literals. */
    static List<String> splitTopLevel(String s, char sep) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = skipQuoted(s, i, '"');
            } else if (c == '\'' && i + 2 < s.length() && (s.charAt(i + 2) == '\'' || s.charAt(i + 1) == '\\')) {
                i = skipQuoted(s, i, '\'');
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == sep && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length() && !s.substring(start).isBlank()) {
            parts.add(s.substring(start));
        }
        return parts;
    }

    private static int skipQuoted(String s, int open, char quote) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return s.length() - 1;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
