package dev.wasmrust.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion after {@code v.} where {@code v} is bound by a {@code let} earlier in the same, not yet run,
 * cell: the engine knows only the session's variables, so the receiver is replaced by its initializer
 * ({@code let v = vec![1, 2]; v.pu} is completed as {@code (vec![1, 2]).pu}), whose type the engine infers.
 */
final class CellBindings {
    private CellBindings() {}

    /** The text before the cursor with the receiver replaced, or null when there is nothing to replace. */
    static String substitute(String before) {
        int w = before.length();
        while (w > 0 && isIdent(before.charAt(w - 1))) {
            w--;
        }
        if (w < 2 || before.charAt(w - 1) != '.' || !isIdent(before.charAt(w - 2))) {
            return null;
        }
        int r = w - 1;
        while (r > 0 && isIdent(before.charAt(r - 1))) {
            r--;
        }
        if (r > 0 && (before.charAt(r - 1) == '.' || before.charAt(r - 1) == ':') || Character.isDigit(before.charAt(r))) {
            return null;
        }
        String name = before.substring(r, w - 1);
        Matcher m = Pattern.compile("\\blet\\s+(?:mut\\s+)?" + Pattern.quote(name) + "\\s*(?::[^=;]*)?=(?!=)")
                .matcher(before.substring(0, r));
        int exprStart = -1;
        while (m.find()) {
            exprStart = m.end();
        }
        if (exprStart < 0) {
            return null;
        }
        int exprEnd = statementEnd(before, exprStart, r);
        if (exprEnd < 0) {
            return null;
        }
        String expr = before.substring(exprStart, exprEnd).strip();
        if (expr.isEmpty()) {
            return null;
        }
        return before.substring(0, r) + "(" + expr + ")" + before.substring(w - 1);
    }

    /** The index of the {@code ;} ending the statement that starts at {@code from}, outside brackets and strings. */
    private static int statementEnd(String s, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (i < limit && s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
