package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.source.SourceFile;
import dev.wasmrust.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a source file into tokens, trivia included. It never throws and never reports: a malformed
 * token carries its problem in {@link Token#error()} (rustc's wording) and the parser reports it, so the
 * same lexer can answer "is this input complete?" for the REPL cheaply.
 */
public final class Lexer {
    private final SourceFile file;
    private final String src;
    private final boolean keepTrivia;
    private int pos;
    private boolean newline;

    private Lexer(SourceFile file, boolean keepTrivia) {
        this.file = file;
        this.src = file.text();
        this.keepTrivia = keepTrivia;
    }

    /** All tokens including trivia, ending with {@link TokenKind#EOF}. */
    public static List<Token> tokenize(SourceFile file) {
        return new Lexer(file, true).run();
    }

    /**
     * The tokens the parser needs: whitespace and plain comments are dropped (doc comments, malformed
     * tokens and the shebang stay), which saves most of the allocation on large files.
     */
    static List<Token> tokenizeForParsing(SourceFile file) {
        return new Lexer(file, false).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>(src.length() / 4 + 16);
        if (src.startsWith("#!") && !src.startsWith("#![")) {
            int end = src.indexOf('\n');
            pos = end < 0 ? src.length() : end;
            Token shebang = tok(TokenKind.SHEBANG, 0, null);
            if (shebang != null) {
                out.add(shebang);
            }
        }
        while (pos < src.length()) {
            Token t = next();
            if (t != null) {
                out.add(t);
            }
        }
        out.add(new Token(TokenKind.EOF, "", new Span(file.id(), src.length(), src.length()), null, newline));
        return out;
    }

    private Token tok(TokenKind kind, int start, String error) {
        boolean trivia = kind.isTrivia() && kind != TokenKind.DOC_COMMENT_INNER && kind != TokenKind.DOC_COMMENT_OUTER;
        if (trivia) {
            if (kind != TokenKind.WHITESPACE) {
                // whitespace tracked line breaks while it was scanned; comments are checked here
                for (int i = start; i < pos && !newline; i++) {
                    newline = src.charAt(i) == '\n';
                }
            }
            if (!keepTrivia && error == null) {
                return null;
            }
            return new Token(kind, src.substring(start, pos), new Span(file.id(), start, pos), error, false);
        }
        // punctuation reuses its constant spelling instead of copying the text
        String text = kind.spelling() != null && pos - start == kind.spelling().length() ? kind.spelling()
                : src.substring(start, pos);
        Token t = new Token(kind, text, new Span(file.id(), start, pos), error, newline);
        newline = false;
        return t;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private Token next() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || Character.isWhitespace(c)) {
            while (pos < src.length()) {
                char w = src.charAt(pos);
                if (w == '\n') {
                    newline = true;
                } else if (w != ' ' && w != '\t' && w != '\r' && !Character.isWhitespace(w)) {
                    break;
                }
                pos++;
            }
            return tok(TokenKind.WHITESPACE, start, null);
        }
        if (c == '/' && peek(1) == '/') {
            return lineComment(start);
        }
        if (c == '/' && peek(1) == '*') {
            return blockComment(start);
        }
        if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2))) {
            pos += 2;
            identRest();
            return tok(TokenKind.RAW_IDENT, start, null);
        }
        if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) {
            pos++;
            return rawString(start, TokenKind.RAW_STR_LIT);
        }
        if (c == 'b' && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
            pos += 2;
            return rawString(start, TokenKind.RAW_BYTE_STR_LIT);
        }
        if (c == 'c' && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
            pos += 2;
            return rawString(start, TokenKind.RAW_C_STR_LIT);
        }
        if (c == 'b' && peek(1) == '"') {
            pos++;
            return quoted(start, '"', TokenKind.BYTE_STR_LIT);
        }
        if (c == 'c' && peek(1) == '"') {
            pos++;
            return quoted(start, '"', TokenKind.C_STR_LIT);
        }
        if (c == 'b' && peek(1) == '\'') {
            pos++;
            return quoted(start, '\'', TokenKind.BYTE_LIT);
        }
        if (isIdentStart(c)) {
            identRest();
            return tok(TokenKind.IDENT, start, null);
        }
        if (c >= '0' && c <= '9') {
            return number(start);
        }
        if (c == '"') {
            return quoted(start, '"', TokenKind.STR_LIT);
        }
        if (c == '\'') {
            return quoteOrLifetime(start);
        }
        return punct(start);
    }

    private Token lineComment(int start) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
        String text = src.substring(start, pos);
        if (text.startsWith("///") && !text.startsWith("////")) {
            return tok(TokenKind.DOC_COMMENT_OUTER, start, null);
        }
        if (text.startsWith("//!")) {
            return tok(TokenKind.DOC_COMMENT_INNER, start, null);
        }
        return tok(TokenKind.LINE_COMMENT, start, null);
    }

    private Token blockComment(int start) {
        pos += 2;
        int depth = 1;
        while (pos < src.length() && depth > 0) {
            if (src.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        }
        if (depth > 0) {
            return tok(TokenKind.BLOCK_COMMENT, start, "unterminated block comment");
        }
        String text = src.substring(start, pos);
        if (text.startsWith("/**") && !text.startsWith("/***") && !text.equals("/**/")) {
            return tok(TokenKind.DOC_COMMENT_OUTER, start, null);
        }
        if (text.startsWith("/*!")) {
            return tok(TokenKind.DOC_COMMENT_INNER, start, null);
        }
        return tok(TokenKind.BLOCK_COMMENT, start, null);
    }

    static boolean isIdentStart(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        return Character.isLetter(c);
    }

    static boolean isIdentContinue(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    private void identRest() {
        while (pos < src.length() && isIdentContinue(src.charAt(pos))) {
            pos++;
        }
    }

    private Token number(int start) {
        boolean isFloat = false;
        char c = src.charAt(pos);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            char base = peek(1);
            pos += 2;
            while (pos < src.length() && (isHexDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                // b and e are hex digits; a suffix such as `u8` starts with a non-hex letter
                pos++;
            }
            int digitsEnd = pos;
            identRest();
            String error = null;
            String digits = src.substring(start + 2, digitsEnd).replace("_", "");
            if (base != 'x') {
                String allowed = base == 'o' ? "01234567" : "01";
                for (char d : digits.toCharArray()) {
                    if (allowed.indexOf(d) < 0) {
                        error = "invalid digit for a base " + (base == 'o' ? 8 : 2) + " literal";
                        break;
                    }
                }
            }
            if (digits.isEmpty() && error == null) {
                error = "no valid digits found for number";
            }
            return tok(TokenKind.INT_LIT, start, error);
        }
        digits();
        if (peek(0) == '.' && peek(1) != '.' && !isIdentStart(peek(1))) {
            isFloat = true;
            pos++;
            if (Character.isDigit(peek(0))) {
                digits();
            }
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
            isFloat = true;
            pos += 2;
            digits();
        }
        identRest();
        return tok(isFloat ? TokenKind.FLOAT_LIT : TokenKind.INT_LIT, start, null);
    }

    private void digits() {
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** A char, byte, string, byte-string or C-string literal; escapes are checked by {@link Unescaper}. */
    private Token quoted(int start, char quote, TokenKind kind) {
        pos++;
        while (pos < src.length() && src.charAt(pos) != quote) {
            if (src.charAt(pos) == '\\' && pos + 1 < src.length()) {
                pos++;
            }
            if (quote == '\'' && src.charAt(pos) == '\n') {
                break;
            }
            pos++;
        }
        if (pos >= src.length() || src.charAt(pos) != quote) {
            String what = switch (kind) {
                case BYTE_LIT -> "unterminated byte constant";
                case CHAR_LIT -> "unterminated character literal";
                case BYTE_STR_LIT -> "unterminated double quote byte string";
                case C_STR_LIT -> "unterminated C string";
                default -> "unterminated double quote string";
            };
            return tok(kind, start, what);
        }
        pos++;
        identRest();
        return tok(kind, start, null);
    }

    private Token rawString(int start, TokenKind kind) {
        int hashes = 0;
        while (peek(0) == '#') {
            hashes++;
            pos++;
        }
        if (peek(0) != '"') {
            return tok(kind, start, "found invalid character; only `#` is allowed in raw string delimitation");
        }
        pos++;
        String close = "\"" + "#".repeat(hashes);
        int end = src.indexOf(close, pos);
        if (end < 0) {
            pos = src.length();
            return tok(kind, start, "unterminated raw string");
        }
        pos = end + close.length();
        identRest();
        return tok(kind, start, null);
    }

    /** {@code 'a'} is a char, {@code 'a} a lifetime or label, {@code '\n'} a char. */
    private Token quoteOrLifetime(int start) {
        char c1 = peek(1);
        if (c1 == '\\') {
            return quoted(start, '\'', TokenKind.CHAR_LIT);
        }
        // one code point then a closing quote: a char literal
        int cpLen = pos + 1 < src.length() ? Character.charCount(src.codePointAt(pos + 1)) : 1;
        if (pos + 1 < src.length() && peek(1 + cpLen) == '\'') {
            pos += 2 + cpLen;
            identRest();
            return tok(TokenKind.CHAR_LIT, start, null);
        }
        if (isIdentStart(c1) || c1 == 'r' && peek(2) == '#') {
            pos++;
            if (src.startsWith("r#", pos)) {
                pos += 2;
            }
            identRest();
            if (peek(0) == '\'') {
                // `'ab'`: rustc lexes a char literal with too many code points and says so
                pos++;
                identRest();
                return tok(TokenKind.CHAR_LIT, start, null);
            }
            return tok(TokenKind.LIFETIME, start, null);
        }
        return quoted(start, '\'', TokenKind.CHAR_LIT);
    }

    /** Punctuation by first character, longest spelling first (read-only after class initialisation). */
    private static final TokenKind[][] PUNCT_BY_FIRST = new TokenKind[128][];

    static {
        List<TokenKind> ps = new ArrayList<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.spelling() != null) {
                ps.add(k);
            }
        }
        ps.sort((a, b) -> b.spelling().length() - a.spelling().length());
        for (int c = 0; c < 128; c++) {
            final char ch = (char) c;
            PUNCT_BY_FIRST[c] = ps.stream().filter(k -> k.spelling().charAt(0) == ch).toArray(TokenKind[]::new);
        }
    }

    private Token punct(int start) {
        char first = src.charAt(pos);
        for (TokenKind k : first < 128 ? PUNCT_BY_FIRST[first] : new TokenKind[0]) {
            if (src.startsWith(k.spelling(), pos)) {
                pos += k.spelling().length();
                return tok(k, start, null);
            }
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return tok(TokenKind.UNKNOWN, start, "unknown start of token: " + escapeForMessage(cp));
    }

    /** Rust's {@code char::escape_default} for anything outside printable ASCII, as rustc's message shows it. */
    private static String escapeForMessage(int cp) {
        if (cp >= 0x20 && cp <= 0x7e) {
            return new String(Character.toChars(cp));
        }
        return switch (cp) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format("\\u{%x}", cp);
        };
    }
}
