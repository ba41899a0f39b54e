package dev.wasmrust.compiler.syntax;

import dev.wasmrust.compiler.ast.Lit;
import dev.wasmrust.compiler.diag.Diagnostic;
import dev.wasmrust.compiler.diag.Diagnostics;
import dev.wasmrust.compiler.source.Span;
import java.math.BigInteger;
import java.util.Set;

/** Turns a literal token into its decoded {@link Lit}, reporting lexical problems with rustc's wording. */
final class LiteralDecoder {
    private static final Set<String> INT_SUFFIXES = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16",
            "u32", "u64", "u128", "usize");
    private static final Set<String> FLOAT_SUFFIXES = Set.of("f32", "f64");

    private LiteralDecoder() {}

    static Lit decode(Token t, Diagnostics diags) {
        Span span = t.span();
        if (t.error() != null) {
            diags.report(Diagnostic.error(t.error()).primary(span, ""));
            return new Lit.Error(span);
        }
        String text = t.text();
        return switch (t.kind()) {
            case INT_LIT -> decodeInt(text, span, diags);
            case FLOAT_LIT -> decodeFloat(text, span, diags);
            case CHAR_LIT -> decodeChar(text, span, diags, false);
            case BYTE_LIT -> decodeChar(text.substring(1), span, diags, true);
            case STR_LIT -> decodeStr(text, 0, span, diags);
            case RAW_STR_LIT -> new Lit.Str(rawBody(text, 1), true, span);
            case BYTE_STR_LIT -> {
                Unescaper.Result r = unescapeQuoted(text, 1, span, diags, true);
                yield r == null ? new Lit.Error(span) : new Lit.ByteStr(r.bytes(), false, span);
            }
            case RAW_BYTE_STR_LIT -> new Lit.ByteStr(rawBody(text, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8), true, span);
            case C_STR_LIT -> {
                Unescaper.Result r = unescapeQuoted(text, 1, span, diags, false);
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

    private static Lit decodeInt(String text, Span span, Diagnostics diags) {
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
            Span sufSpan = new Span(span.file(), span.hi() - suffix.length(), span.hi());
            diags.report(Diagnostic.error("invalid suffix `" + suffix + "` for number literal")
                    .primary(sufSpan.to(span), "invalid suffix `" + suffix + "`")
                    .help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)"));
            return new Lit.Error(span);
        }
        if (digits.isEmpty()) {
            diags.report(Diagnostic.error("no valid digits found for number").primary(span, ""));
            return new Lit.Error(span);
        }
        return new Lit.Int(new BigInteger(digits, radix), suffix, span);
    }

    private static Lit decodeFloat(String text, Span span, Diagnostics diags) {
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
            diags.report(Diagnostic.error("invalid suffix `" + bad + "` for float literal")
                    .primary(span, "invalid suffix `" + bad + "`")
                    .help("valid suffixes are `f32` and `f64`"));
            return new Lit.Error(span);
        }
        return new Lit.Float(body, suffix, span);
    }

    private static Lit decodeChar(String text, Span span, Diagnostics diags, boolean isByte) {
        int close = text.lastIndexOf('\'');
        String body = text.substring(1, close);
        String suffix = text.substring(close + 1);
        if (!suffix.isEmpty()) {
            diags.report(Diagnostic.error("suffixes on " + (isByte ? "byte" : "char") + " literals are invalid")
                    .primary(span, "invalid suffix `" + suffix + "`"));
            return new Lit.Error(span);
        }
        if (body.isEmpty()) {
            diags.report(Diagnostic.error("empty character literal").primary(span, "empty character literal"));
            return new Lit.Error(span);
        }
        Unescaper.Result r = Unescaper.unescape(body, isByte);
        if (!r.ok()) {
            report(r, span, isByte ? 2 : 1, diags);
            return new Lit.Error(span);
        }
        if (r.text().codePointCount(0, r.text().length()) != 1) {
            diags.report(Diagnostic.error((isByte ? "byte" : "character") + " literal may only contain one codepoint")
                    .primary(span, ""));
            return new Lit.Error(span);
        }
        if (body.equals("\t") || body.equals("\n") || body.equals("\r") || body.equals("'")) {
            diags.report(Diagnostic.error((isByte ? "byte" : "character") + " constant must be escaped: `"
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

    private static Lit decodeStr(String text, int prefix, Span span, Diagnostics diags) {
        Unescaper.Result r = unescapeQuoted(text, prefix, span, diags, false);
        return r == null ? new Lit.Error(span) : new Lit.Str(r.text(), false, span);
    }

    private static Unescaper.Result unescapeQuoted(String text, int prefix, Span span, Diagnostics diags, boolean bytes) {
        int close = text.lastIndexOf('"');
        String suffix = text.substring(close + 1);
        if (!suffix.isEmpty()) {
            diags.report(Diagnostic.error("suffixes on string literals are invalid")
                    .primary(span, "invalid suffix `" + suffix + "`"));
            return null;
        }
        String body = text.substring(prefix + 1, close);
        Unescaper.Result r = Unescaper.unescape(body, bytes);
        if (!r.ok()) {
            report(r, span, prefix + 1, diags);
            return null;
        }
        return r;
    }

    private static void report(Unescaper.Result r, Span lit, int bodyOffset, Diagnostics diags) {
        int lo = lit.lo() + bodyOffset + r.errorOffset();
        Span at = new Span(lit.file(), lo, Math.min(lit.hi(), lo + Math.max(1, r.errorLength())));
        String label = r.error().startsWith("unknown character escape") ? "unknown character escape" : "";
        Diagnostic.Builder b = Diagnostic.error(r.error()).primary(at, label);
        if (r.error().startsWith("unknown character escape")) {
            b.help("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
        }
        diags.report(b);
    }
}
