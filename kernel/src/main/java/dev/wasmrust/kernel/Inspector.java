package dev.wasmrust.kernel;

import dev.wasmrust.repl.engine.ReplEngine;
import dev.wasmrust.repl.engine.SessionItem;
import dev.wasmrust.repl.engine.TypeAnswer;
import dev.wasmrust.repl.engine.Variable;
import java.util.Map;

/**
 * What {@code inspect_request} (Shift-Tab) shows for the name under the cursor: a session variable's type,
 * a session item's signature, a macro's or keyword's short description, else the type of the expression
 * the name starts (as {@code :type} gives it).
 */
final class Inspector {
    private static final Map<String, String> BUILTINS = Map.ofEntries(
            Map.entry("println!", "macro println!(\"{}\", value)\nprints its formatted arguments and a newline on stdout"),
            Map.entry("print!", "macro print!(\"{}\", value)\nprints its formatted arguments on stdout, without a newline"),
            Map.entry("eprintln!", "macro eprintln!(\"{}\", value)\nprints its formatted arguments and a newline on stderr"),
            Map.entry("format!", "macro format!(\"{}\", value) -> String\nformats its arguments into a new String"),
            Map.entry("vec!", "macro vec![a, b, c] / vec![value; n] -> Vec<T>\nbuilds a Vec from its elements, or n clones of a value"),
            Map.entry("panic!", "macro panic!(\"message\")\nends the cell with a panic; the cell's items are kept, its variables are not"),
            Map.entry("assert!", "macro assert!(condition[, \"message\"])\npanics when the condition is false"),
            Map.entry("assert_eq!", "macro assert_eq!(left, right)\npanics, showing both, when the values differ"),
            Map.entry("let", "keyword let\nbinds a value to a pattern; a top-level `let` in a cell becomes a session variable"),
            Map.entry("fn", "keyword fn\ndefines a function; a function defined in a cell stays in the session"),
            Map.entry("struct", "keyword struct\ndefines a type with named or positional fields"),
            Map.entry("enum", "keyword enum\ndefines a type that is one of several variants"),
            Map.entry("match", "keyword match\nbranches on the shape of a value; every possibility must be covered (E0004)"),
            Map.entry("impl", "keyword impl\nadds methods to a type, or implements a trait for it"),
            Map.entry("mut", "keyword mut\nmakes a binding or reference mutable"));

    private final ReplEngine engine;

    Inspector(ReplEngine engine) {
        this.engine = engine;
    }

    /** The description of what is at {@code cursor} (a UTF-16 index), or null when there is nothing to say. */
    MimeBundle inspect(String code, int cursor) {
        // a cursor just after `println!`, `f(` or `v.len()` means the name before it
        while (cursor > 0 && cursor <= code.length() && "!()".indexOf(code.charAt(cursor - 1)) >= 0) {
            cursor--;
        }
        int start = cursor;
        int end = cursor;
        while (start > 0 && isIdent(code.charAt(start - 1))) {
            start--;
        }
        while (end < code.length() && isIdent(code.charAt(end))) {
            end++;
        }
        if (start == end) {
            return null;
        }
        String word = code.substring(start, end);
        boolean macro = end < code.length() && code.charAt(end) == '!';
        if (macro && BUILTINS.containsKey(word + "!")) {
            return MimeBundle.text(BUILTINS.get(word + "!"));
        }
        for (Variable v : engine.variables()) {
            if (v.name().equals(word)) {
                return MimeBundle.text("let " + (v.mutable() ? "mut " : "") + v.name() + ": " + v.type()
                        + (v.cell() == null ? "" : "    // " + v.cell()));
            }
        }
        for (SessionItem i : engine.items()) {
            if (i.name().equals(word)) {
                return MimeBundle.text(i.signature() + (i.cell() == null ? "" : "    // " + i.cell()));
            }
        }
        if (BUILTINS.containsKey(word)) {
            return MimeBundle.text(BUILTINS.get(word));
        }
        if (Character.isDigit(word.charAt(0)) || Character.isLowerCase(word.charAt(0)) || Character.isUpperCase(word.charAt(0))) {
            TypeAnswer t = engine.typeOf(word);
            if (t.type() != null) {
                return MimeBundle.text(word + ": " + t.type());
            }
        }
        return null;
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
