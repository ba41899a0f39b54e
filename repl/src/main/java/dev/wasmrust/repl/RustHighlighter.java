package dev.wasmrust.repl;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.syntax.Lexer;
import dev.wasmrust.compiler.syntax.Token;
import dev.wasmrust.compiler.syntax.TokenKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colors Rust while it is typed, from the compiler's own lexer (so highlighting agrees with what the
 * compiler will see: a lifetime is not an unterminated char, {@code r#"…"#} is one string). The lexer is
 * fast enough to re-run over the whole cell on every key press (a 200-line cell lexes in well under a
 * millisecond warm; see bench/). A {@code :command} line is shown with the command name emphasised.
 */
final class RustHighlighter implements Highlighter {
    static final Set<String> KEYWORDS = Set.of("as", "async", "await", "break", "const", "continue", "crate", "dyn",
            "else", "enum", "extern", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
            "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "type", "union", "unsafe",
            "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "try",
            "typeof", "unsized", "virtual", "yield");
    static final Set<String> PRIMITIVE_TYPES = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32",
            "u64", "u128", "usize", "f32", "f64", "bool", "char", "str");

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle LITERAL = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).italic();
    private static final AttributedStyle MACRO = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle LIFETIME = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).italic();
    private static final AttributedStyle TYPE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD;

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    /** The styled text; never throws, whatever the input. */
    static AttributedString highlight(String text) {
        if (ReplCommands.isCommandLine(text)) {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return new AttributedStringBuilder().styled(COMMAND, text.substring(0, end)).append(text.substring(end))
                    .toAttributedString();
        }
        SourceFile f = SourceFile.of(0, "<input>", text);
        if (f.text().length() != text.length()) {
            // a byte-order mark or CR was normalised away: offsets would not line up, so show it plain
            return new AttributedString(text);
        }
        List<Token> toks = Lexer.tokenize(f);
        AttributedStringBuilder sb = new AttributedStringBuilder(text.length() + 64);
        int pos = 0;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            int lo = t.span().lo();
            int hi = t.span().hi();
            if (lo > pos) {
                sb.append(text, pos, lo);
            }
            if (hi > lo) {
                sb.styled(styleOf(t, toks, i), text.substring(lo, hi));
            }
            pos = Math.max(pos, hi);
        }
        if (pos < text.length()) {
            sb.append(text.substring(pos));
        }
        return sb.toAttributedString();
    }

    private static AttributedStyle styleOf(Token t, List<Token> toks, int i) {
        TokenKind k = t.kind();
        switch (k) {
            case LINE_COMMENT, BLOCK_COMMENT, DOC_COMMENT_INNER, DOC_COMMENT_OUTER, SHEBANG:
                return COMMENT;
            case LIFETIME:
                return LIFETIME;
            case INT_LIT, FLOAT_LIT:
                return t.error() != null && !t.error().startsWith("unterminated") ? ERROR : NUMBER;
            case UNKNOWN:
                return ERROR;
            case IDENT:
                return identStyle(t, toks, i);
            case RAW_IDENT:
                return AttributedStyle.DEFAULT;
            default:
                return k.isLiteral() ? LITERAL : AttributedStyle.DEFAULT;
        }
    }

    private static AttributedStyle identStyle(Token t, List<Token> toks, int i) {
        String s = t.text();
        if (s.equals("true") || s.equals("false")) {
            return NUMBER;
        }
        if (KEYWORDS.contains(s)) {
            return KEYWORD;
        }
        Token next = nextSignificant(toks, i);
        if (next != null && next.is(TokenKind.NOT)) {
            return MACRO;
        }
        if (PRIMITIVE_TYPES.contains(s) || Character.isUpperCase(s.charAt(0)) && !isAllCaps(s)) {
            return TYPE;
        }
        return AttributedStyle.DEFAULT;
    }

    /** SCREAMING_CASE names are constants, not types. */
    private static boolean isAllCaps(String s) {
        return s.length() > 1 && s.chars().noneMatch(Character::isLowerCase);
    }

    private static Token nextSignificant(List<Token> toks, int i) {
        // a macro's `!` follows its name directly: `println!`, not `x !`
        return i + 1 < toks.size() ? toks.get(i + 1) : null;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors are shown by the compiler's diagnostics, not by a pattern
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // as above
    }
}
