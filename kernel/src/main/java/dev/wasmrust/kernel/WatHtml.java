package dev.wasmrust.kernel;

import java.util.Set;

/**
 * WebAssembly text as highlighted HTML for {@code :wat} in a notebook: comments, strings, {@code $names},
 * numbers, structure keywords and instructions each in their own color (inline styles, since notebook
 * front ends drop {@code <style>} blocks from untrusted output).
 */
final class WatHtml {
    private static final Set<String> STRUCTURE = Set.of("module", "func", "param", "result", "local", "type", "import",
            "export", "memory", "table", "global", "data", "elem", "start", "mut", "offset", "funcref", "externref");
    private static final String COMMENT = "#6a737d";
    private static final String STRING = "#032f62";
    private static final String NAME = "#6f42c1";
    private static final String NUMBER = "#005cc5";
    private static final String KEYWORD = "#d73a49";
    private static final String INSTRUCTION = "#22863a";

    private WatHtml() {}

    static String of(String wat) {
        StringBuilder h = new StringBuilder("<pre style=\"line-height:1.25\">");
        int i = 0;
        int n = wat.length();
        while (i < n) {
            char c = wat.charAt(i);
            if (c == ';' && i + 1 < n && wat.charAt(i + 1) == ';') {
                int end = wat.indexOf('\n', i);
                end = end < 0 ? n : end;
                span(h, COMMENT, wat.substring(i, end));
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < n && wat.charAt(end) != '"') {
                    end += wat.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                span(h, STRING, wat.substring(i, end));
                i = end;
            } else if (isWordPart(c) || c == '$') {
                int end = i + 1;
                while (end < n && (isWordPart(wat.charAt(end)) || wat.charAt(end) == '$')) {
                    end++;
                }
                String w = wat.substring(i, end);
                if (w.startsWith("$")) {
                    span(h, NAME, w);
                } else if (Character.isDigit(w.charAt(0)) || w.startsWith("-") && w.length() > 1) {
                    span(h, NUMBER, w);
                } else if (STRUCTURE.contains(w)) {
                    span(h, KEYWORD, w);
                } else if (Character.isLetter(w.charAt(0))) {
                    span(h, INSTRUCTION, w);
                } else {
                    h.append(DebugTable.escape(w));
                }
                i = end;
            } else {
                h.append(DebugTable.escape(String.valueOf(c)));
                i++;
            }
        }
        return h.append("</pre>").toString();
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private static void span(StringBuilder h, String color, String text) {
        h.append("<span style=\"color:").append(color).append("\">").append(DebugTable.escape(text)).append("</span>");
    }
}
