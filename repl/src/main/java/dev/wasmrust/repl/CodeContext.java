package dev.wasmrust.repl;

/**
 * What kind of name is being completed, judged from the text before it: a member after {@code receiver.},
 * an item after {@code path::}, or a plain name. The receiver is cut out by walking back over a chain of
 * identifiers, paths, calls, indexing and literals with balanced brackets ({@code v.iter().map(|x| x + 1).})
 * so the engine can infer its type.
 */
record CodeContext(Kind kind, String qualifier) {
    enum Kind { NAME, MEMBER, PATH }

    static CodeContext of(String before) {
        int end = before.length();
        if (end >= 2 && before.startsWith("::", end - 2)) {
            int start = end - 2;
            while (start > 0 && (RustLineParser.WordAtCursor.isIdentPart(before.charAt(start - 1))
                    || before.charAt(start - 1) == ':')) {
                start--;
            }
            String path = before.substring(start, end - 2).replaceFirst("^::", "");
            return path.isEmpty() ? new CodeContext(Kind.NAME, "") : new CodeContext(Kind.PATH, path);
        }
        if (end >= 1 && before.charAt(end - 1) == '.' && !(end >= 2 && before.charAt(end - 2) == '.')) {
            String receiver = receiverBefore(before, end - 1);
            if (!receiver.isBlank() && !isNumber(receiver)) {
                return new CodeContext(Kind.MEMBER, receiver);
            }
        }
        return new CodeContext(Kind.NAME, "");
    }

    private static boolean isNumber(String s) {
        return s.chars().allMatch(c -> Character.isDigit(c) || c == '_');
    }

    /** The receiver expression ending just before {@code dot}, or "" when there is none to type. */
    static String receiverBefore(String s, int dot) {
        int i = dot;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (RustLineParser.WordAtCursor.isIdentPart(c) || c == '.' || c == '!' || c == '&' && i - 1 == 0) {
                i--;
            } else if (c == ':' && i >= 2 && s.charAt(i - 2) == ':') {
                i -= 2;
            } else if (c == ')' || c == ']' || c == '}') {
                int open = matchingOpen(s, i - 1);
                if (open < 0) {
                    return "";
                }
                i = open;
            } else if (c == '"') {
                int open = s.lastIndexOf('"', i - 2);
                if (open < 0) {
                    return "";
                }
                i = open;
            } else {
                break;
            }
        }
        return s.substring(i, dot).strip();
    }

    private static int matchingOpen(String s, int close) {
        int depth = 0;
        for (int j = close; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }
}
