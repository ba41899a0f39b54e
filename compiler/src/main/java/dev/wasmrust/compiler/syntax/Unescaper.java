package dev.wasmrust.compiler.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the body of a quoted literal. Problems are returned as rustc-worded messages with the
 * offset (within the body) where they occur, so the parser can point at the bad escape.
 */
final class Unescaper {
    /** A decoded literal body, or the first problem found in it. */
    record Result(String text, byte[] bytes, String error, int errorOffset, int errorLength, String label, String help) {
        Result(String text, byte[] bytes, String error, int errorOffset, int errorLength) {
            this(text, bytes, error, errorOffset, errorLength, null, null);
        }

        boolean ok() {
            return error == null;
        }
    }

    private Unescaper() {}

    /**
     * @param body the characters between the quotes
     * @param bytesMode byte and byte-string literals: only ASCII, hex escapes up to FF, no unicode escapes
     */
    static Result unescape(String body, boolean bytesMode) {
        return unescape(body, bytesMode, false);
    }

    /**
     * @param cString C string literals: Unicode text plus hex escapes up to FF (raw bytes), and no NUL
     */
    static Result unescape(String body, boolean bytesMode, boolean cString) {
        StringBuilder sb = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n')) {
                return new Result(null, null, "bare CR not allowed in string, use `\\r` instead", i, 1);
            }
            if (c != '\\') {
                int cp = body.codePointAt(i);
                if (bytesMode && cp > 0x7f) {
                    return new Result(null, null, "non-ASCII character in byte string literal", i, Character.charCount(cp),
                            "must be ASCII", null);
                }
                sb.appendCodePoint(cp);
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(enc, 0, enc.length);
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= body.length()) {
                return new Result(null, null, "unterminated escape", i, 1);
            }
            char e = body.charAt(i + 1);
            int start = i;
            i += 2;
            int value;
            switch (e) {
                case 'n' -> value = '\n';
                case 't' -> value = '\t';
                case 'r' -> value = '\r';
                case '0' -> value = 0;
                case '\\' -> value = '\\';
                case '\'' -> value = '\'';
                case '"' -> value = '"';
                case '\n' -> {
                    // line continuation: skip the newline and the next line's leading whitespace
                    while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                        i++;
                    }
                    continue;
                }
                case 'x' -> {
                    if (i + 2 > body.length() || !isHex(body.charAt(i)) || !isHex(body.charAt(i + 1))) {
                        return new Result(null, null, "numeric character escape is too short", start, Math.min(4, body.length() - start));
                    }
                    value = Integer.parseInt(body.substring(i, i + 2), 16);
                    i += 2;
                    if (!bytesMode && !cString && value > 0x7f) {
                        return new Result(null, null, "out of range hex escape", start, 4);
                    }
                    if (cString && value == 0) {
                        return new Result(null, null, "null characters in C string literals are not supported", start, 4);
                    }
                    if (bytesMode || (cString && value > 0x7f)) {
                        bytes.write(value);
                        sb.append((char) value);
                        continue;
                    }
                }
                case 'u' -> {
                    if (bytesMode) {
                        return new Result(null, null, "unicode escape in byte string", start, 2);
                    }
                    if (i >= body.length() || body.charAt(i) != '{') {
                        return new Result(null, null, "incorrect unicode escape sequence", start, 2);
                    }
                    int close = body.indexOf('}', i);
                    if (close < 0) {
                        return new Result(null, null, "unterminated unicode escape", start, body.length() - start);
                    }
                    String hex = body.substring(i + 1, close).replace("_", "");
                    for (int k = i + 1; k < close; k++) {
                        char h = body.charAt(k);
                        if (!isHex(h) && h != '_') {
                            return new Result(null, null, "invalid character in unicode escape: `" + h + "`", k, 1,
                                    "invalid character in unicode escape", null);
                        }
                    }
                    if (hex.isEmpty()) {
                        return new Result(null, null, "empty unicode escape", start, close + 1 - start);
                    }
                    if (hex.length() > 6 || !hex.chars().allMatch(ch -> isHex((char) ch))) {
                        return new Result(null, null, "invalid unicode character escape", start, close + 1 - start);
                    }
                    value = Integer.parseInt(hex, 16);
                    i = close + 1;
                    if (value > 0x10FFFF) {
                        return new Result(null, null, "invalid unicode character escape", start, i - start, "invalid escape",
                                "unicode escape must be at most 10FFFF");
                    }
                    if (value >= 0xD800 && value <= 0xDFFF) {
                        return new Result(null, null, "invalid unicode character escape", start, i - start, "invalid escape",
                                "unicode escape must not be a surrogate");
                    }
                }
                default -> {
                    return new Result(null, null, "unknown character escape: `" + e + "`", start + 1, 1,
                            "unknown character escape", null);
                }
            }
            sb.appendCodePoint(value);
            byte[] enc = new String(Character.toChars(value)).getBytes(StandardCharsets.UTF_8);
            bytes.write(enc, 0, enc.length);
        }
        return new Result(sb.toString(), bytes.toByteArray(), null, 0, 0);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
