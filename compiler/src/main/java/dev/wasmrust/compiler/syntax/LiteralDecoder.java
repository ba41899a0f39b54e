package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;
import java.util.Set;

/**
 * Turns a literal token into its decoded {@link Lit}, reporting problems with rustc's wording. rustc finds
 * malformed escapes and digits while lexing, before any parse error, and bad suffixes while parsing; so
 * each problem belongs to a {@link Stage} and is reported only when decoding for that stage.
 */
final class LiteralDecoder {
    enum Stage { LEXICAL, PARSE }

    private final Diagnostics diags;
    private final Stage stage;

    private LiteralDecoder(Diagnostics diags, Stage stage) {
        this.diags = diags;
        this.stage = stage;
    }

    private void lexical(Diagnostic.Builder b) {
        if (stage == Stage.LEXICAL) {
            diags.report(b);
        }
    }

    private void parse(Diagnostic.Builder b) {
        if (stage == Stage.PARSE) {
            diags.report(b);
        }
    }
    private static final Set<String> INT_SUFFIXES = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16",
            "u32", "u64", "u128", "usize");
    private static final Set<String> FLOAT_SUFFIXES = Set.of("f32", "f64");

    /** Decodes for the parser: only suffix problems are reported (the lexical ones were, by {@link LexicalCheck}). */
    static Lit decode(Token t, Diagnostics diags) {
        return new LiteralDecoder(diags, Stage.PARSE).decode(t);
    }

    /** Reports the problems rustc's lexer finds in a literal token. */
    static void checkLexical(Token t, Diagnostics diags) {
        new LiteralDecoder(diags, Stage.LEXICAL).decode(t);
    }

    private Lit decode(Token t) {
        Span span = t.span();
        if (t.error() != null) {
            return new Lit.Error(span);
        }
        String text = t.text();
        return switch (t.kind()) {
            case INT_LIT -> decodeInt(text, span);
            case FLOAT_LIT -> decodeFloat(text, span);
            case CHAR_LIT -> decodeChar(text, span, false);
            case BYTE_LIT -> decodeChar(text.substring(1), span, true);
            case STR_LIT -> decodeStr(text, 0, span);
            case RAW_STR_LIT -> new Lit.Str(rawBody(text, 1), true, span);
            case BYTE_STR_LIT -> {
                Unescaper.Result r = unescapeQuoted(text, 1, span, true);
                yield r == null ? new Lit.Error(span) : new Lit.ByteStr(r.bytes(), false, span);
            }
            case RAW_BYTE_STR_LIT -> new Lit.ByteStr(rawBody(text, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8), true, span);
            case C_STR_LIT -> {
                Unescaper.Result r = unescapeQuoted(text, 1, span, false, true);
                yield r == null ? new Lit.Error(span) : new Lit.CStr(r.bytes(), false, span);
            }
            case RAW_C_STR_LIT -> new Lit.CStr(rawBody(text, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8), true, span);
            default -> new Lit.Error(span);
        };
    }

    private static String rawBody(String text, int prefix) {
        int hashes = 0;
        while (text.charAt(prefix + hashes) == '#') {
            hashes++;
        }
        int open = prefix + hashes + 1;
        int close = text.lastIndexOf('"');
        return text.substring(open, close);
    }

    private Lit decodeInt(String text, Span span) {
        int radix = 10;
        String body = text;
        if (text.startsWith("0x")) {
            radix = 16;
            body = text.substring(2);
        } else if (text.startsWith("0o")) {
            radix = 8;
            body = text.substring(2);
        } else if (text.startsWith("0b")) {
            radix = 2;
            body = text.substring(2);
        }
        int i = 0;
        while (i < body.length() && (Character.digit(body.charAt(i), radix) >= 0 || body.charAt(i) == '_')) {
            i++;
        }
        String digits = body.substring(0, i).replace("_", "");
        String suffix = body.substring(i);
        if (suffix.isEmpty()) {
            suffix = null;
        } else if (!INT_SUFFIXES.contains(suffix)) {
            if (FLOAT_SUFFIXES.contains(suffix) && radix == 10) {
                return new Lit.Float(digits, suffix, span);
            }
            parse(badSuffix(suffix, "integer", "number", span));
            return new Lit.Error(span);
        }
        if (digits.isEmpty()) {
            return new Lit.Error(span);
        }
        return new Lit.Int(new BigInteger(digits, radix), suffix, span);
    }

    private Lit decodeFloat(String text, Span span) {
        int i = text.length();
        String suffix = null;
        for (String s : FLOAT_SUFFIXES) {
            if (text.endsWith(s)) {
                suffix = s;
                i -= s.length();
            }
        }
        String body = text.substring(0, i).replace("_", "");
        if (suffix == null && !body.matches("[0-9.eE+-]*")) {
            int k = 0;
            while (k < text.length() && "0123456789._eE+-".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            String bad = text.substring(k);
            parse(badSuffix(bad, "float", "float", span));
            return new Lit.Error(span);
        }
        return new Lit.Float(body, suffix, span);
    }

    private Lit decodeChar(String text, Span span, boolean isByte) {
        int close = text.lastIndexOf('\'');
        String body = text.substring(1, close);
        String suffix = text.substring(close + 1);
        if (!suffix.isEmpty()) {
            parse(Diagnostic.error("suffixes on " + (isByte ? "byte" : "char") + " literals are invalid")
                    .primary(span, "invalid suffix `" + suffix + "`"));
            return new Lit.Error(span);
        }
        if (body.isEmpty()) {
            // rustc points at the closing quote
            Span closing = new Span(span.file(), span.lo() + close + (isByte ? 1 : 0), span.lo() + close + (isByte ? 1 : 0) + 1);
            lexical(Diagnostic.error("empty character literal").primary(closing, "empty character literal"));
            return new Lit.Error(span);
        }
        Unescaper.Result r = Unescaper.unescape(body, isByte);
        if (!r.ok()) {
            if (isByte && r.error().startsWith("non-ASCII")) {
                int lo = span.lo() + 2 + r.errorOffset();
                Span at = new Span(span.file(), lo, lo + r.errorLength());
                int cp = text.codePointAt(1 + r.errorOffset());
                Diagnostic.Builder b = Diagnostic.error("non-ASCII character in byte literal").primary(at, "must be ASCII");
                if (cp <= 0xff) {
                    b.suggestion(at, "if you meant to use the unicode code point for '" + new String(Character.toChars(cp))
                            + "', use a \\xHH escape", String.format("\\x%02X", cp));
                } else {
                    b.help("if you meant to use the UTF-8 encoding of '" + new String(Character.toChars(cp))
                            + "', use \\xHH escapes");
                }
                lexical(b);
                return new Lit.Error(span);
            }
            report(r, span, isByte ? 2 : 1, false);
            return new Lit.Error(span);
        }
        if (r.text().codePointCount(0, r.text().length()) != 1) {
            String quoted = "\"" + text.substring(1, close) + "\"";
            lexical(Diagnostic.error((isByte ? "byte" : "character") + " literal may only contain one codepoint")
                    .primary(span)
                    .suggestion(span, "if you meant to write a " + (isByte ? "byte " : "") + "string literal, use double quotes",
                            (isByte ? "b" : "") + quoted));
            return new Lit.Error(span);
        }
        if (body.equals("\t") || body.equals("\n") || body.equals("\r") || body.equals("'")) {
            lexical(Diagnostic.error((isByte ? "byte" : "character") + " constant must be escaped: `"
                    + escapeName(body) + "`").primary(span, ""));
            return new Lit.Error(span);
        }
        int cp = r.text().codePointAt(0);
        return isByte ? new Lit.Byte(r.bytes()[0] & 0xff, span) : new Lit.Char(cp, span);
    }

    private static String escapeName(String s) {
        return switch (s) {
            case "\t" -> "\\t";
            case "\n" -> "\\n";
            case "\r" -> "\\r";
            default -> "\\'";
        };
    }

    private Lit decodeStr(String text, int prefix, Span span) {
        Unescaper.Result r = unescapeQuoted(text, prefix, span, false);
        return r == null ? new Lit.Error(span) : new Lit.Str(r.text(), false, span);
    }

    private Unescaper.Result unescapeQuoted(String text, int prefix, Span span, boolean bytes) {
        return unescapeQuoted(text, prefix, span, bytes, false);
    }

    private Unescaper.Result unescapeQuoted(String text, int prefix, Span span, boolean bytes, boolean cString) {
        int close = text.lastIndexOf('"');
        String suffix = text.substring(close + 1);
        if (!suffix.isEmpty()) {
            parse(Diagnostic.error("suffixes on string literals are invalid")
                    .primary(span, "invalid suffix `" + suffix + "`"));
            return null;
        }
        String body = text.substring(prefix + 1, close);
        Unescaper.Result r = Unescaper.unescape(body, bytes, cString);
        if (!r.ok()) {
            report(r, span, prefix + 1, prefix == 0);
            return null;
        }
        return r;
    }

    private void report(Unescaper.Result r, Span lit, int bodyOffset, boolean isString) {
        int lo = lit.lo() + bodyOffset + r.errorOffset();
        Span at = new Span(lit.file(), lo, Math.min(lit.hi(), lo + Math.max(1, r.errorLength())));
        Diagnostic.Builder b = Diagnostic.error(r.error()).primary(at, r.label() == null ? "" : r.label());
        if (r.help() != null) {
            b.help(r.help());
        }
        if (r.error().startsWith("unknown character escape")) {
            b.help("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
            if (isString) {
                b.suggestion(lit.shrinkToLo(), "if you meant to write a literal backslash (perhaps escaping in a regular "
                        + "expression), consider a raw string literal", "r");
            }
        }
        lexical(b);
    }

    /** rustc's wording: `10u7` has an invalid width, `10xyz` an invalid suffix. */
    private static Diagnostic.Builder badSuffix(String suffix, String kind, String noun, Span span) {
        boolean widthLike = suffix.length() > 1 && (kind.equals("float") ? suffix.charAt(0) == 'f'
                : suffix.charAt(0) == 'i' || suffix.charAt(0) == 'u') && suffix.substring(1).chars().allMatch(Character::isDigit);
        if (widthLike) {
            return Diagnostic.error("invalid width `" + suffix.substring(1) + "` for " + kind + " literal")
                    .primary(span)
                    .help(kind.equals("float") ? "valid widths are 32 and 64" : "valid widths are 8, 16, 32, 64 and 128");
        }
        return Diagnostic.error("invalid suffix `" + suffix + "` for " + noun + " literal")
                .primary(span, "invalid suffix `" + suffix + "`")
                .help(kind.equals("float") ? "valid suffixes are `f32` and `f64`"
                        : "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
    }
}
