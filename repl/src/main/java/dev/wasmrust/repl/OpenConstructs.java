package dev.wasmrust.repl;

/**
 * A fast scan for what is still open in Rust input: brackets, block comments (nested), strings (raw ones
 * with their {@code #}s). It follows rustc's lexical rules where they matter for this (a lifetime {@code 'a}
 * is not a char literal, {@code r#"…"#} ends only at {@code "#}), so a line reader can tell "certainly
 * incomplete" cheaply. It resumes from the state at the start of the last line it saw, so entering a cell
 * line by line (or a 10,000-line paste without bracketed paste) costs time proportional to the new text,
 * not to the whole cell each time. Anything it cannot decide alone goes to the front end's
 * {@code SyntaxPhase.isComplete}.
 */
final class OpenConstructs {
    /** The scanner's state between characters; at a line start no char literal or lifetime can be open. */
    record State(String brackets, int commentDepth, int stringHashes, boolean mismatched) {
        static final State START = new State("", 0, -1, false);

        /** Inside a string: {@code stringHashes} is -1 outside, 0 for "…" and raw r"…", N for r#…#"…"#…#. */
        boolean inString() {
            return stringHashes >= 0;
        }

        boolean certainlyIncomplete() {
            return !mismatched && (!brackets.isEmpty() || commentDepth > 0 || inString());
        }
    }

    private String lastText = "";
    private int lastLineStart;
    private State atLastLineStart = State.START;
    private boolean rawString;

    /** The state at the end of {@code text}, resuming from the previous call's last line when it is a prefix. */
    State scan(String text) {
        int from = 0;
        State s = State.START;
        boolean raw = false;
        if (lastLineStart <= text.length() && text.regionMatches(0, lastText, 0, lastLineStart)) {
            from = lastLineStart;
            s = atLastLineStart;
            raw = rawString;
        }
        Scanner sc = new Scanner(text, from, s, raw);
        sc.run();
        lastText = text;
        lastLineStart = sc.lastLineStart;
        atLastLineStart = sc.atLastLineStart;
        rawString = sc.rawAtLastLineStart;
        return sc.state();
    }

    private static final class Scanner {
        private final String t;
        private int i;
        private final StringBuilder brackets;
        private int comment;
        private int hashes;
        private boolean raw;
        private boolean mismatched;
        int lastLineStart;
        State atLastLineStart;
        boolean rawAtLastLineStart;

        Scanner(String text, int from, State s, boolean raw) {
            this.t = text;
            this.i = from;
            this.brackets = new StringBuilder(s.brackets());
            this.comment = s.commentDepth();
            this.hashes = s.stringHashes();
            this.raw = raw;
            this.mismatched = s.mismatched();
            this.lastLineStart = from;
            this.atLastLineStart = s;
            this.rawAtLastLineStart = raw;
        }

        State state() {
            return new State(brackets.toString(), comment, hashes, mismatched);
        }

        void run() {
            int n = t.length();
            while (i < n) {
                char c = t.charAt(i);
                if (c == '\n') {
                    i++;
                    lastLineStart = i;
                    atLastLineStart = state();
                    rawAtLastLineStart = raw;
                    continue;
                }
                if (comment > 0) {
                    if (c == '/' && at(i + 1) == '*') {
                        comment++;
                        i += 2;
                    } else if (c == '*' && at(i + 1) == '/') {
                        comment--;
                        i += 2;
                    } else {
                        i++;
                    }
                } else if (hashes >= 0) {
                    string(c);
                } else {
                    code(c);
                }
            }
        }

        private char at(int k) {
            return k < t.length() ? t.charAt(k) : '\0';
        }

        private void string(char c) {
            if (!raw && c == '\\') {
                i += at(i + 1) == '\n' ? 1 : 2; // a line continuation's newline still ends a line for us
                return;
            }
            if (c == '"') {
                int k = 0;
                while (k < hashes && at(i + 1 + k) == '#') {
                    k++;
                }
                if (k == hashes) {
                    hashes = -1;
                    raw = false;
                    i += 1 + k;
                    return;
                }
            }
            i++;
        }

        private void code(char c) {
            if (c == '/' && at(i + 1) == '/') {
                while (i < t.length() && t.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && at(i + 1) == '*') {
                comment = 1;
                i += 2;
            } else if (c == '"') {
                hashes = 0;
                raw = false;
                i++;
            } else if (c == '\'') {
                quote();
            } else if (c == '(' || c == '[' || c == '{') {
                brackets.append(c == '(' ? ')' : c == '[' ? ']' : '}');
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                int last = brackets.length() - 1;
                if (last < 0 || brackets.charAt(last) != c) {
                    mismatched = true;
                } else {
                    brackets.setLength(last);
                }
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                identifier();
            } else {
                i++;
            }
        }

        /** {@code 'x'}, {@code '\n'}, {@code '\\u{1F600}'} are chars; {@code 'a} and {@code 'static} are lifetimes. */
        private void quote() {
            char next = at(i + 1);
            if (next == '\\') {
                int k = i + 2;
                while (k < t.length() && t.charAt(k) != '\'' && t.charAt(k) != '\n') {
                    k++;
                }
                i = k < t.length() && t.charAt(k) == '\'' ? k + 1 : k;
                return;
            }
            int width = Character.isHighSurrogate(next) ? 2 : 1;
            if (next != '\n' && at(i + 1 + width) == '\'') {
                i += 2 + width;
                return;
            }
            i++; // a lifetime or label: the name that follows is an ordinary identifier
        }

        private void identifier() {
            int start = i;
            while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
                i++;
            }
            String word = t.substring(start, i);
            boolean rawPrefix = word.equals("r") || word.equals("br") || word.equals("cr");
            if (rawPrefix && (at(i) == '"' || at(i) == '#')) {
                int k = i;
                while (at(k) == '#') {
                    k++;
                }
                if (at(k) == '"') {
                    hashes = k - i;
                    raw = true;
                    i = k + 1;
                }
            } else if ((word.equals("b") || word.equals("c")) && at(i) == '\'') {
                quote();
            }
        }
    }
}
