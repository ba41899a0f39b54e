package dev.wasmrust.repl;

import dev.wasmrust.compiler.syntax.Completeness;
import dev.wasmrust.compiler.syntax.SyntaxPhase;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of Rust input. On Enter it asks the compiler's front end whether the cell is whole
 * ({@link SyntaxPhase#isComplete}, which lexes like rustc: lifetimes and char literals are not quotes, raw
 * strings and nested comments are understood); an incomplete cell continues on a new line indented as the
 * front end suggests. For completion it cuts out the identifier being typed. JLine's shell-style quoting
 * and escaping are never used: they would break on {@code 'a} and {@code '\n'}.
 */
final class RustLineParser implements Parser {
    /** JLine indents a continuation line by this many spaces per open level it is told about. */
    static final int INDENT_WIDTH = 4;

    /** Remembers the previous scan: one parser serves one line reader, on its thread. */
    private final OpenConstructs open = new OpenConstructs();

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !ReplCommands.isCommandLine(line)) {
            OpenConstructs.State quick = open.scan(line);
            if (quick.certainlyIncomplete()) {
                throw new EOFError(-1, -1, "the cell is not complete yet", "", quick.brackets().length(), null);
            }
            Completeness c = SyntaxPhase.isComplete(line);
            if (c.kind() == Completeness.Kind.INCOMPLETE) {
                int levels = c.indent().length() / INDENT_WIDTH;
                throw new EOFError(-1, -1, "the cell is not complete yet", "", levels, null);
            }
        }
        return WordAtCursor.of(line, cursor);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    @Override
    public boolean validCommandName(String name) {
        return false;
    }

    @Override
    public boolean validVariableName(String name) {
        return false;
    }

    /** The completion word: an identifier fragment, a {@code :command}, or a command's file argument. */
    record WordAtCursor(String line, int cursor, String word, int wordStart) implements org.jline.reader.CompletingParsedLine {
        static WordAtCursor of(String line, int cursor) {
            int c = Math.max(0, Math.min(cursor, line.length()));
            int start = c;
            if (ReplCommands.isCommandLine(line) && takesFileWords(line, c)) {
                // the command name and file names are whitespace-separated words (they contain `:`, `/`, `.`)
                while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
                    start--;
                }
            } else {
                while (start > 0 && isIdentPart(line.charAt(start - 1))) {
                    start--;
                }
            }
            return new WordAtCursor(line, c, line.substring(start, c), start);
        }

        /** In the command name itself, or in the argument of a command taking a file. */
        private static boolean takesFileWords(String line, int cursor) {
            String before = line.substring(0, cursor).stripLeading();
            int space = before.indexOf(' ');
            if (space < 0) {
                return true;
            }
            return ReplCommands.find(before.substring(0, space))
                    .map(cmd -> cmd.arg() == ReplCommands.Arg.FILE || cmd.arg() == ReplCommands.Arg.CELL_OR_ITEM
                            || cmd.arg() == ReplCommands.Arg.ITEM || cmd.arg() == ReplCommands.Arg.CODE
                            || cmd.arg() == ReplCommands.Arg.PROFILE || cmd.arg() == ReplCommands.Arg.ON_OFF
                            || cmd.arg() == ReplCommands.Arg.COMMAND)
                    .orElse(true);
        }

        static boolean isIdentPart(char ch) {
            return Character.isLetterOrDigit(ch) || ch == '_';
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        /** The text before the word, for deciding what kind of completion applies. */
        String before() {
            return line.substring(0, wordStart);
        }
    }
}
